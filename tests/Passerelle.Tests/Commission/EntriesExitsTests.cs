using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Tests.TestSupport;
using Passerelle.Tests.Tracking;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The table of entries and exits of a commission for France Travail (issue 5 item 5; 001 art. 2-4 a « Suite aux CGP, le
/// tableau des entrées et sorties est transmis »): the integrations decided at the session, the exits since the previous
/// session, coded values in the tracking table's wording, XLSX and CSV read back; figures worked out by hand.
/// </summary>
public class EntriesExitsTests : CommissionTest
{
    private static string D(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    private static Func<DateOnly, List<JourneyEvent>> ExitedOn(DateOnly exit, string reason) => _ =>
    [
        new ReferralEvent { Date = exit.AddMonths(-14), PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
        new IntegrationEvent { Date = exit.AddMonths(-12), Referent = "referente@casa.test" },
        new ExitEvent { Date = exit, Reason = reason },
    ];

    [Fact]
    public async Task The_session_s_entries_and_the_exits_since_the_previous_session_are_listed_in_xlsx_and_csv()
    {
        await ArrangePlieAsync();
        var today = Intakes.Today;
        var entering = await PersonAsync(first: "Inès", last: "Garcia");
        var health = await PersonAsync(ExitedOn(today.AddDays(-10), "health"), "Nadia", "Benali");
        var employed = await PersonAsync(ExitedOn(today, "employment"), "Julien", "Rousseau");
        await PersonAsync(ExitedOn(today.AddDays(-30), "dropout"), "Léa", "Lefèvre");   // on the previous session's day: already told
        await PersonAsync(ExitedOn(today.AddDays(-40), "moved"), "Karim", "Dubois");    // before the previous session
        await PersonAsync(ExitedOn(today.AddDays(1), "training"), "Sophie", "Moreau");  // after this session
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await new PersonBuilder(cov.Id).Named("Zéphyrine", "Tenantbé").WithEvents(ExitedOn(today.AddDays(-5), "employment")).SaveAsync(Db);
        await SessionAsync(today.AddDays(-30));
        var session = await SessionAsync(today);
        var item = await ProposeAsync(session, entering.Id);
        await AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, item, new("integrate", Referent.Email)));

        var xlsx = await AsAsync<EntriesExits, (byte[] Content, string FileName, string ContentType)?>(Coordinator, e => e.FileAsync(session, "xlsx"));
        var csv = await AsAsync<EntriesExits, (byte[] Content, string FileName, string ContentType)?>(Coordinator, e => e.FileAsync(session, "csv"));

        string[][] expected =
        [
            [.. EntriesExits.Titles],
            ["Entrée", entering.Ref, entering.Identity!.FranceTravailId!, "Garcia", "Inès", "04/05/1980", D(today), D(today.AddMonths(24)), "referente", "", ""],
            ["Sortie", health.Ref, health.Identity!.FranceTravailId!, "Benali", "Nadia", "04/05/1980", "", "", "", D(today.AddDays(-10)), "Sortie administrative"],
            ["Sortie", employed.Ref, employed.Identity!.FranceTravailId!, "Rousseau", "Julien", "04/05/1980", "", "", "", D(today), "Emploi CDI ou CDD"],
        ];
        Assert.Equal($"entrees-sorties-adhoc-{today:yyyy-MM-dd}.xlsx", xlsx!.Value.FileName);
        var folder = Directory.CreateTempSubdirectory("entrees-sorties-").FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "t.xlsx"), xlsx.Value.Content);
        await File.WriteAllBytesAsync(Path.Combine(folder, "t.csv"), csv!.Value.Content);
        var sheet = TrackingFileReader.ReadXlsx(Path.Combine(folder, "t.xlsx"));
        Assert.Equal(expected, sheet.Select(r => r.Select(c => c.Text).ToArray()).ToArray());
        Assert.All(sheet.SelectMany(r => r), c => Assert.True(c.Inline && !c.Formula));
        Assert.Equal(expected, TrackingFileReader.ReadCsv(Path.Combine(folder, "t.csv")).Select(r => r.ToArray()).ToArray());
        Assert.Equal(2, (await AuditActionsAsync()).Count(a => a == "commission.entries_exits"));
    }

    [Fact]
    public async Task A_session_of_another_plie_has_no_table()
    {
        await ArrangePlieAsync();
        var session = await SessionAsync(Intakes.Today);
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await Seed.UserAsync(Db, "cov", Passerelle.Core.Organisations.Role.Coordinator);

        Assert.Null(await AsAsync<EntriesExits, (byte[] Content, string FileName, string ContentType)?>(foreign, e => e.FileAsync(session, "csv")));
    }
}
