using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// Four PLIE in two departments for the regional pilot indicators and the Bilan qualitatif (issue 6 items 2-3; 000 art. 7
/// and Annexes 1-2), year 2025. Departments come from the protocols' territories: « casa » and « nca » (CASA preset, EPCI
/// 240600585: 06), « martigues » and « mpm-centre » (Martigues preset, communes 13056, 13077, 13098: 13; information
/// collectives in the denominators of col. 4 and 9 bis). « martigues » and « mpm-centre » are carried by the Métropole
/// « amp »; the other two name no carrier. Each person's comment says the figures of 2025 it enters, added up by hand in
/// the tests. France Travail agencies: FT-ANTIBES, FT-GRASSE (casa), FT-NICE (nca), FT-MARTIGUES (martigues).
/// </summary>
public static class RegionalDataset
{
    public const int Year = 2025;

    private static string R(string date, string kind = "france_travail") =>
        $$"""{ "type": "referral", "date": "{{date}}", "prescriberKind": "{{kind}}", {{(kind == "france_travail" ? "\"prescriberOrg\": \"FT-X\", " : "")}}"channel": "flow" }""";
    private static string Ic(string date, bool attended, string organiser = "france_travail") =>
        $$"""{ "type": "info_session", "date": "{{date}}", "organiser": "{{organiser}}", "attended": {{(attended ? "true" : "false")}} }""";
    private static string Fc(string date, bool attended) => $$"""{ "type": "first_contact", "date": "{{date}}", "mode": "individual", "attended": {{(attended ? "true" : "false")}} }""";
    private static string D(string date) => $$"""{ "type": "diagnostic_start", "date": "{{date}}" }""";
    private static string I(string date) => $$"""{ "type": "integration", "date": "{{date}}" }""";
    private static string X(string date, string reason, string proofs = "") => $$"""{ "type": "exit", "date": "{{date}}", "reason": "{{reason}}", "proofs": [{{proofs}}] }""";
    private static string Cdi(string start) => $$"""{ "type": "contract", "start": "{{start}}", "kind": "cdi", "weeklyHours": 35 }""";
    private static string Request(string date, string kind, string? outcome = null, string? outcomeDate = null) =>
        $$"""{ "type": "request", "date": "{{date}}", "kind": "{{kind}}"{{(outcome is null ? "" : $", \"outcome\": \"{outcome}\", \"outcomeDate\": \"{outcomeDate}\"")}} }""";

    public static readonly IReadOnlyDictionary<string, (string Ref, string[] Events)[]> People = new Dictionary<string, (string, string[])[]>
    {
        ["casa"] =
        [
            // col1, col3, col5, col7; CDI exit with its proofs, positive under CASA: col10, col11, col14, col15. One service realised in 2025;
            // one refused; one realised in 2026 (not counted).
            ("C1", [R("2025-01-10"), Fc("2025-01-20", true), D("2025-01-20"), I("2025-02-15"), Cdi("2025-03-01"),
                Request("2025-05-01", "afc", "realised", "2025-06-20"), Request("2025-05-02", "aif", "refused", "2025-06-01"),
                Request("2025-09-01", "mobility", "realised", "2026-01-10"), X("2025-10-01", "employment", "\"contract\", \"payslips\"")]),
            // col1; absent then present at a France Travail IC: col2 once, FT convoked 1, present 1; col3.
            ("C2", [R("2025-03-01"), Ic("2025-03-05", false), Ic("2025-04-02", true), Fc("2025-04-10", true)]),
            // col1 only (absent at the first contact).
            ("C3", [R("2025-05-01"), Fc("2025-05-12", false)]),
        ],
        ["nca"] =
        [
            // col1; absent at a joint IC: FT convoked 1, present 0.
            ("N1", [R("2025-02-01"), Ic("2025-02-10", false, "joint")]),
            // col1, col3, col5; present at an IC the PLIE organised alone: neither col2 nor the France Travail side. A request waiting.
            ("N2", [R("2025-02-01"), Ic("2025-02-10", true, "plie"), Fc("2025-02-20", true), D("2025-03-01"), Request("2025-03-01", "service")]),
            // Referred in 2023, drops out in 2025: col10, col14.
            ("N3", [R("2023-01-02"), I("2023-02-01"), X("2025-04-30", "dropout")]),
        ],
        ["martigues"] =
        [
            // col1, col2, col3, col5, col7; FT convoked 1, present 1; two services realised in 2025.
            ("M1", [R("2025-01-06"), Ic("2025-01-10", true), Fc("2025-01-15", true), D("2025-01-15"), I("2025-02-01"),
                Request("2025-02-01", "poe", "realised", "2025-03-01"), Request("2025-04-01", "licence_b", "realised", "2025-12-31")]),
            // col1; absent twice at France Travail ICs: FT convoked 1, present 0.
            ("M2", [R("2025-06-01"), Ic("2025-06-05", false), Ic("2025-06-12", false)]),
        ],
        ["mpm-centre"] =
        [
            // Referred in 2024, drops out in 2025: col10, col14.
            ("P1", [R("2024-05-02"), I("2024-06-03"), X("2025-03-31", "dropout")]),
            // Département referral: none of columns 1-13.
            ("P2", [R("2025-09-01", "departement"), Fc("2025-09-08", true)]),
            // col1, col3.
            ("P3", [R("2025-10-01"), Fc("2025-10-10", true)]),
        ],
    };

    public static string File(string plie) => $$"""
        { "format": "passerelle-journeys", "version": 1, "plie": "{{plie}}", "persons": [
        {{string.Join(",\n", People[plie].Select((p, i) => $$"""
            { "ref": "{{p.Ref}}", "lastName": "Regional{{p.Ref}}", "firstName": "Awa", "birthDate": "198{{i}}-03-1{{i}}", "sex": "F", "communeInsee": "06004",
              "situation": { "rsa": true }, "events": [ {{string.Join(", ", p.Events)}} ] }
            """))}}
        ] }
        """;

    /// <summary>Creates the carrier, the 4 PLIE, the agencies and imports the journeys.</summary>
    public static async Task SeedAsync(TestDatabase db)
    {
        await using (var scope = db.SystemScope())
        {
            var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            var amp = await organisations.CreateOrganisationAsync(OrganisationKind.Carrier, "amp", "Métropole Aix-Marseille-Provence");
            await organisations.CreatePlieAsync("casa", "PLIE casa", "casa-2021-2023");
            await organisations.CreatePlieAsync("nca", "PLIE nca", "casa-2021-2023");
            await organisations.CreatePlieAsync("martigues", "PLIE martigues", "martigues-2023-2027", amp.Id);
            await organisations.CreatePlieAsync("mpm-centre", "PLIE mpm-centre", "martigues-2023-2027", amp.Id);
            foreach (var agency in new[] { "FT-ANTIBES", "FT-GRASSE", "FT-NICE", "FT-MARTIGUES" })
                await organisations.CreateOrganisationAsync(OrganisationKind.FranceTravailAgency, agency, "France Travail " + agency[3..]);
        }
        foreach (var plie in People.Keys)
        {
            await using var scope = db.SystemScope();
            var importer = ActivatorUtilities.CreateInstance<JourneyImporter>(scope.ServiceProvider, (TimeProvider)new FixedClock(JourneyFiles.Today));
            var result = await importer.ImportAsync(JourneyFiles.Stream(File(plie)));
            Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
    }

    /// <summary>A convention of <paramref name="plie"/> with <paramref name="agency"/>, straight into the register.</summary>
    public static async Task<Guid> ConventionAsync(TestDatabase db, string plie, string agency, string kind = "partnership", int from = 2023, int to = 2027)
    {
        await using var scope = db.SystemScope();
        var context = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var plieId = context.Organisations.Single(o => o.Code == plie).Id;
        var partner = context.Organisations.Single(o => o.Code == agency).Id;
        var convention = new Convention
        {
            PlieId = plieId,
            Title = $"Convention {plie} – {agency}",
            Kind = kind,
            PartnerId = partner,
            StartsOn = new(from, 1, 1),
            EndsOn = new(to, 12, 31),
            Frequency = ConventionCodes.Monthly,
            Channel = "filr",
            RetentionMonthsAfterEnd = 120,
        };
        context.Conventions.Add(convention);
        await context.SaveChangesAsync();
        return convention.Id;
    }
}
