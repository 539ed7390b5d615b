using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Exchange;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The hand-built journeys of the Bilan quantitatif acceptance (issue 6, « Acceptance »): 36 people of one PLIE, year 2025,
/// covering every column of seed 000 Annexe 1 (contract §6). Agencies: A = FT-ANTIBES, G = FT-GRASSE, N = a France
/// Travail referral naming no agency. Each person says, in its comment, which 2025 figures it enters; the expected
/// figures (<see cref="BilanExpected"/>) are added up from those comments by hand.
/// </summary>
public static class BilanDataset
{
    public const int Year = 2025;
    public const string A = "FT-ANTIBES", G = "FT-GRASSE";

    private static string R(string date, string? org = null, string channel = "flow", string kind = "france_travail") =>
        $$"""{ "type": "referral", "date": "{{date}}", "prescriberKind": "{{kind}}", {{(org is null ? "" : $"\"prescriberOrg\": \"{org}\", ")}}"channel": "{{channel}}" }""";
    private static string Ic(string date, bool attended, string organiser = "france_travail") =>
        $$"""{ "type": "info_session", "date": "{{date}}", "organiser": "{{organiser}}", "attended": {{(attended ? "true" : "false")}} }""";
    private static string Fc(string date, bool attended, string mode = "individual") =>
        $$"""{ "type": "first_contact", "date": "{{date}}", "mode": "{{mode}}", "attended": {{(attended ? "true" : "false")}} }""";
    private static string D(string date) => $$"""{ "type": "diagnostic_start", "date": "{{date}}" }""";
    private static string I(string date) => $$"""{ "type": "integration", "date": "{{date}}" }""";
    private static string Refusal(string date, string reason) => $$"""{ "type": "refusal", "date": "{{date}}", "reason": "{{reason}}" }""";
    private static string X(string date, string reason, string proofs = "", bool? atypical = null) =>
        $$"""{ "type": "exit", "date": "{{date}}", "reason": "{{reason}}", "proofs": [{{proofs}}]{{(atypical is { } a ? $", \"atypicalApproved\": {(a ? "true" : "false")}" : "")}} }""";
    private static string Contract(string start, string? end, string kind, decimal hours, int? worked = null) =>
        $$"""{ "type": "contract", "start": "{{start}}", {{(end is null ? "" : $"\"end\": \"{end}\", ")}}"kind": "{{kind}}", "weeklyHours": {{hours}}{{(worked is { } w ? $", \"hoursWorked\": {w}" : "")}} }""";
    private static string Training(string start, string end, string obtained) =>
        $$"""{ "type": "training", "start": "{{start}}", "end": "{{end}}", "qualifying": true, "qualificationObtained": "{{obtained}}" }""";
    private static string Business(string date) => $$"""{ "type": "business_creation", "date": "{{date}}" }""";

    private static readonly string[] LastNames = ["Martin", "Bernard", "Dubois", "Moreau", "Laurent", "Lefèvre", "Garcia", "Rousseau", "N'Diaye", "Benali", "Petit", "Roux"];
    private static readonly string[] FirstNames = ["Camille", "Nadia", "Karim", "Sophie", "Julien", "Amélie", "Mamadou", "Inès", "Thierry", "Léa", "Yanis"];

    /// <summary>ref → events; the comment lists the figures of 2025 the person enters (agency: A, G, N; « – »: none).</summary>
    public static readonly IReadOnlyList<(string Ref, string[] Events)> People =
    [
        // A: col1, col3, col5, col7; exit employment, running CDI at least half-time → positive: col10, col11, col13 employment.
        ("B01", [R("2025-01-10", A), Fc("2025-01-20", true), D("2025-01-20"), I("2025-02-15"), Contract("2025-03-01", null, "cdi", 35),
            X("2025-10-01", "employment", "\"contract\", \"payslips\"")]),
        // A: absent then present at the first contact: col1, col3 (once), col5, col7.
        ("B02", [R("2025-02-03", A), Fc("2025-02-10", false), Fc("2025-02-24", true), D("2025-03-01"), I("2025-03-20")]),
        // A: referred through an information collective (not on the flow): col2, col3, col5.
        ("B03", [R("2025-03-05", A, "info_session"), Ic("2025-03-12", true), Fc("2025-03-20", true, "collective"), D("2025-03-27")]),
        // A: absent then present at a joint information collective: col1, col2 (once), col3.
        ("B04", [R("2025-04-01", A), Ic("2025-04-08", false, "joint"), Ic("2025-05-06", true, "joint"), Fc("2025-05-15", true)]),
        // A: never came, refused for absence: col1 only.
        ("B05", [R("2025-05-02", A), Fc("2025-05-12", false), Refusal("2025-06-01", "absent")]),
        // A: referred, received and diagnosed in 2024, integrated in 2025: col7 only.
        ("B06", [R("2024-11-04", A), Fc("2024-11-20", true), D("2024-12-01"), I("2025-01-15")]),
        // A: referred in 2023, 10-month CDD, exit 2025 without payslips (CASA counts it positive): col10, col11, col13 employment.
        ("B07", [R("2023-05-10", A), Fc("2023-05-20", true), D("2023-06-01"), I("2023-07-01"), Contract("2024-06-01", "2025-03-31", "cdd", 35),
            X("2025-02-15", "employment", "\"contract\"")]),
        // A: referred in 2023, drops out in 2025: col10, col13 dropout.
        ("B08", [R("2023-09-01", A), I("2023-10-01"), X("2025-06-30", "dropout")]),
        // G: col1, col3, col5, col7; qualifying training, qualification obtained → positive: col10, col11, col13 training.
        ("B09", [R("2025-01-06", G), Fc("2025-01-15", true), D("2025-01-15"), I("2025-02-01"), Training("2025-03-01", "2025-10-31", "2025-10-31"),
            X("2025-11-15", "training", "\"training_certificate\", \"qualification_certificate\"")]),
        // G: col1, col3, col5, col7; 3-month CDD only → not positive: col10, col13 employment.
        ("B10", [R("2025-02-10", G), Fc("2025-02-17", true), D("2025-02-17"), I("2025-03-03"), Contract("2025-06-01", "2025-08-31", "cdd", 35),
            X("2025-09-01", "employment", "\"contract\", \"payslips\"")]),
        // G: col1, col3, col5; refused after the diagnostic.
        ("B11", [R("2025-03-03", G), Fc("2025-03-10", true), D("2025-03-10"), Refusal("2025-04-01", "not_eligible")]),
        // G: referred through an information collective, present, nothing more yet: col2.
        ("B12", [R("2025-06-02", G, "info_session"), Ic("2025-06-10", true)]),
        // G: col1, col3; the PLIE's own information collective is no France Travail one (not col2).
        ("B13", [R("2025-07-01", G), Ic("2025-07-08", true, "plie"), Fc("2025-07-15", true)]),
        // N (France Travail, no agency named): col1, col3, col5, col7.
        ("B14", [R("2025-04-14"), Fc("2025-04-22", true), D("2025-04-22"), I("2025-05-12")]),
        // Département: – in columns 1-13; positive exit (running CDI): col14, col15.
        ("B15", [R("2025-01-20", kind: "departement"), Fc("2025-01-27", true), D("2025-01-27"), I("2025-02-20"), Contract("2025-05-01", null, "cdi", 35),
            X("2025-12-01", "employment", "\"contract\", \"payslips\"")]),
        // Mission locale: exit for health: col14.
        ("B16", [R("2025-03-01", kind: "mission_locale"), Fc("2025-03-10", true), D("2025-03-10"), I("2025-04-01"), X("2025-08-01", "health")]),
        // Spontaneous application in 2024, moved in 2025: col14.
        ("B17", [R("2024-02-01", kind: "spontaneous", channel: "other"), I("2024-03-01"), X("2025-05-05", "moved")]),
        // Département journey closed in 2024; re-referred by France Travail A in 2025, a new journey: col1, col3, col5, col7 (A).
        ("B18", [R("2023-01-10", kind: "departement"), I("2023-02-01"), X("2024-06-01", "moved"),
            R("2025-02-03", A), Fc("2025-02-10", true), D("2025-02-10"), I("2025-03-01")]),
        // France Travail G journey closed in 2024; re-referred by the CCAS in 2025: – (the 2025 journey is not France Travail's).
        ("B19", [R("2022-09-01", G), I("2022-10-01"), X("2024-03-01", "moved"),
            R("2025-03-03", kind: "ccas"), Fc("2025-03-10", true), I("2025-04-01")]),
        // A in 2024, absent, re-referred by G in 2025 in the same journey: col1, col3, col5 for A (the opening referral), none for G.
        ("B20", [R("2024-12-02", A), Fc("2024-12-10", false), R("2025-01-13", G), Fc("2025-01-20", true), D("2025-01-27")]),
        // A: an exit (moved) in January, re-referred by A, integrated and dropped out: col1, col3, col5, col7; col10 = 2 exits (moved, dropout).
        ("B21", [R("2024-01-08", A), I("2024-02-01"), X("2025-01-31", "moved"),
            R("2025-03-03", A), Fc("2025-03-05", true), D("2025-03-05"), I("2025-03-10"), X("2025-12-15", "dropout")]),
        // G: part-time CDD, atypical exit approved by the commission → positive: col10, col11, col13 employment.
        ("B22", [R("2024-05-06", G), I("2024-06-01"), Contract("2024-09-01", "2025-01-31", "cdd", 10), X("2025-04-01", "employment", "\"contract\"", true)]),
        // N: business created 8 months before the exit → positive: col10, col11, col13 business_creation.
        ("B23", [R("2023-03-01"), I("2023-04-01"), Business("2024-06-01"), X("2025-02-01", "business_creation", "\"kbis\"")]),
        // A: end of a pathway of 32 months (long pathway, not positive): col10, col13 end_of_pathway.
        ("B24", [R("2022-06-01", A), I("2022-07-01"), X("2025-03-01", "end_of_pathway")]),
        // G: declared in training with no training recorded → not positive: col10, col13 training.
        ("B25", [R("2024-09-02", G), I("2024-10-01"), X("2025-06-15", "training")]),
        // A: France Travail information collective before the fiche de liaison (belongs to the referral that follows): col2, col3.
        ("B26", [Ic("2025-09-02", true), R("2025-09-10", A, "info_session"), Fc("2025-09-20", true)]),
        // A, referred in 2026: –.
        ("B27", [R("2026-01-05", A), Fc("2026-01-12", true)]),
        // G: referred in December 2024, received and diagnosed in January 2025: col3, col5.
        ("B28", [R("2024-12-16", G), Fc("2025-01-06", true), D("2025-01-06")]),
        // A: absent twice: col1.
        ("B29", [R("2025-10-01", A), Fc("2025-10-08", false), Fc("2025-10-22", false)]),
        // Département, present at a France Travail information collective: –.
        ("B30", [R("2025-05-05", kind: "departement", channel: "info_session"), Ic("2025-05-12", true), Fc("2025-05-20", true)]),
        // G refused in 2024; re-referred by the Département in 2025 (a refusal closes the journey): –.
        ("B31", [R("2024-10-01", G), Fc("2024-10-10", true), Refusal("2024-11-01", "not_plie_public"),
            R("2025-04-07", kind: "departement"), Fc("2025-04-14", true), D("2025-04-14"), I("2025-05-05")]),
        // A: exit on 31 December 2024: –.
        ("B32", [R("2023-01-09", A), I("2023-02-01"), X("2024-12-31", "dropout")]),
        // G: col1, col3, col5, col7; exit in 2026 (not counted).
        ("B33", [R("2025-11-03", G), Fc("2025-11-10", true), D("2025-11-10"), I("2025-12-01"), X("2026-02-01", "dropout")]),
        // A: 950 hours of temporary work within 8 months → positive: col10, col11, col13 employment.
        ("B34", [R("2024-03-04", A), I("2024-04-01"), Contract("2024-06-01", "2025-01-31", "temp", 35, 950), X("2025-02-28", "employment", "\"payslips\"")]),
        // A: referred twice on the flow in 2025 in the same journey (absent, then re-referred): col1 (once), col3.
        ("B35", [R("2025-01-06", A), Fc("2025-01-13", false), R("2025-02-03", A), Fc("2025-02-10", true)]),
        // Other prescriber (SPIP) present at a first contact in 2025: –.
        ("B36", [R("2025-06-02", kind: "spip"), Fc("2025-06-09", true)]),
    ];

    /// <summary>The journey file (contract §4) of <see cref="People"/> for the PLIE <paramref name="plie"/>.</summary>
    public static string File(string plie) => $$"""
        { "format": "passerelle-journeys", "version": 1, "plie": "{{plie}}", "persons": [
        {{string.Join(",\n", People.Select((p, i) => $$"""
            { "ref": "{{p.Ref}}", "lastName": "{{LastNames[i % LastNames.Length]}}", "firstName": "{{FirstNames[i % FirstNames.Length]}}",
              "birthDate": "{{1970 + i % 25}}-0{{1 + i % 9}}-1{{i % 10}}", "sex": "{{(i % 2 == 0 ? "F" : "M")}}", "communeInsee": "06004",
              "situation": { "rsa": true }, "events": [ {{string.Join(", ", p.Events)}} ] }
            """))}}
        ] }
        """;

    /// <summary>Creates the PLIE with <paramref name="preset"/> and imports the dataset through the journey import (contract §4).</summary>
    public static async Task ImportAsync(TestDatabase db, string plie, string preset = "casa-2021-2023")
    {
        await Seed.PlieAsync(db, plie, preset);
        await using var scope = db.SystemScope();
        var importer = ActivatorUtilities.CreateInstance<JourneyImporter>(scope.ServiceProvider, (TimeProvider)new FixedClock(JourneyFiles.Today));
        var result = await importer.ImportAsync(JourneyFiles.Stream(File(plie)));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
