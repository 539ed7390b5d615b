using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Tracking;

/// <summary>
/// The tracking table as France Travail receives it (issue 5 acceptance): an AES-256 zip that 7-Zip opens with the
/// passphrase and refuses without it, holding the XLSX and CSV of the rows read from the facts; formula-like names come out
/// as inert text; each table enters the register with its SHA-256 and clears the deadline (« avant le 7 du mois suivant »,
/// 000 art. 3-4 b).
/// </summary>
public class TrackingExportTests : TrackingTest
{
    private static readonly DateOnly April3 = new(2026, 4, 3);
    private const string Hyperlink = "=HYPERLINK(\"http://x\",\"y\")";
    private const string Command = "+cmd|' /C calc'!A0";

    [Fact]
    public async Task The_zip_opens_in_7z_with_the_passphrase_only_and_holds_the_table_as_xlsx_and_csv()
    {
        var awa = await new PersonBuilder(Plie.Id).Named("Awa", "Martin").BornOn(new(1981, 4, 2)).WithFranceTravailId("1234567A")
            .WithEvents(_ => [Referral(new(2026, 2, 1)), new IntegrationEvent { Date = new(2026, 3, 15), Referent = "referente@plie.test" }]).SaveAsync(Db);
        await new PersonBuilder(Plie.Id).Named("Karim", "Benali").BornOn(new(1990, 1, 9)).WithFranceTravailId("7654321B")
            .WithEvents(_ => [Referral(new(2026, 2, 20)), new FirstContactEvent { Date = new(2026, 3, 5), Mode = "collective", Attended = false }]).SaveAsync(Db);

        await using var scope = await Db.UserScopeAsync(Coordinator);
        var produced = (await Exports(scope.ServiceProvider, April3).ProduceAsync(ConventionId, March))!.Produced!;

        Assert.Matches("^([a-zA-Z2-9]{4}-){5}[a-zA-Z2-9]{4}$", produced.Passphrase);
        var (wrong, _) = await TrackingFileReader.ExtractAsync(produced.Dispatch.Content, "pas-la-bonne-phrase");
        Assert.NotEqual(0, wrong);
        var (code, folder) = await TrackingFileReader.ExtractAsync(produced.Dispatch.Content, produced.Passphrase);
        Assert.Equal(0, code);
        Assert.Equal(["tableau-de-suivi-casa-ft-antibes-2026-03.csv", "tableau-de-suivi-casa-ft-antibes-2026-03.xlsx"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order());

        var xlsx = TrackingFileReader.ReadXlsx(Path.Combine(folder, "tableau-de-suivi-casa-ft-antibes-2026-03.xlsx"));
        Assert.Equal(TrackingLayout.Standard.Select(c => c.Title), xlsx[0].Select(c => c.Text));
        Assert.Equal(3, xlsx.Count);
        Assert.Equal(["7654321B", "Benali", "Karim", "09/01/1990", "20/02/2026", Agency, "", "05/03/2026", "", "", "", "", "", "", "", "", "", "", ""], xlsx[1].Select(c => c.Text));
        Assert.Equal(["1234567A", "Martin", "Awa", "02/04/1981", "01/02/2026", Agency, "", "", "", "", "15/03/2026", "15/03/2026", "15/03/2028", "", "", "", "", "", ""], xlsx[2].Select(c => c.Text));
        var csv = TrackingFileReader.ReadCsv(Path.Combine(folder, "tableau-de-suivi-casa-ft-antibes-2026-03.csv"));
        Assert.Equal(xlsx.Select(r => r.Select(c => c.Text)), csv);
        Assert.Equal(2, produced.Dispatch.Rows);
        Assert.Contains(awa.Id.ToString(), await AuditDetailAsync("person.tracking"));
    }

    [Fact]
    public async Task Formula_like_names_come_out_as_inert_text_in_the_xlsx_and_the_csv()
    {
        await new PersonBuilder(Plie.Id).Named(Command, Hyperlink).WithEvents(_ => [Referral(new(2026, 3, 2))]).SaveAsync(Db);
        await using var scope = await Db.UserScopeAsync(Coordinator);
        var produced = (await Exports(scope.ServiceProvider, April3).ProduceAsync(ConventionId, March))!.Produced!;
        var (_, folder) = await TrackingFileReader.ExtractAsync(produced.Dispatch.Content, produced.Passphrase);

        var xlsx = TrackingFileReader.ReadXlsx(Directory.GetFiles(folder, "*.xlsx").Single());
        Assert.All(xlsx.SelectMany(r => r), c => Assert.True(c.Inline && !c.Formula, $"« {c.Text} » should be an inline string without formula."));
        Assert.Equal((Hyperlink, Command), (xlsx[1][1].Text, xlsx[1][2].Text));
        var csv = TrackingFileReader.ReadCsv(Directory.GetFiles(folder, "*.csv").Single());
        Assert.Equal(("'" + Hyperlink, "'" + Command), (csv[1][1], csv[1][2]));
    }

    [Fact]
    public async Task A_table_enters_the_register_with_its_checksum_and_recipients_and_clears_the_deadline()
    {
        await new PersonBuilder(Plie.Id).WithEvents(_ => [Referral(new(2026, 3, 2))]).SaveAsync(Db);
        await using var scope = await Db.UserScopeAsync(Coordinator);
        var exports = Exports(scope.ServiceProvider, April3);
        var due = Assert.Single(await exports.DueAsync(April3), d => d.Month == March);
        Assert.Equal((new DateOnly(2026, 4, 7), false), (due.DueBefore, due.Late));

        var produced = (await exports.ProduceAsync(ConventionId, March))!.Produced!;

        Assert.DoesNotContain(await exports.DueAsync(April3), d => d.Month == March);
        var line = Assert.Single(await exports.RegisterAsync());
        Assert.Equal((March.First, Agency, Coordinator.Id, "web", 1), (line.Month, line.PartnerCode, line.ProducedBy, line.Channel, line.Rows));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(produced.Dispatch.Content)), line.Sha256);
        Assert.Equal(["Suivi opérationnel de l'échange de données – France Travail Antibes – conseillers référents PLIE"], line.Recipients);
        Assert.Contains(produced.Dispatch.Sha256, await AuditDetailAsync("tracking.produce"));
        Assert.DoesNotContain(produced.Passphrase, await AuditDetailAsync("tracking.produce"));
        var file = await exports.FileAsync(line.Id);
        Assert.Equal(produced.Dispatch.Content, file!.Value.Content);
        Assert.Contains(line.Id.ToString(), await AuditRecordAsync("tracking.download"));
    }

    [Theory]
    [InlineData("2026-04-01", false)]
    [InlineData("2026-04-06", false)]
    [InlineData("2026-04-07", true)]
    [InlineData("2026-05-02", true)]
    public async Task March_is_due_before_the_7th_of_April_and_late_from_that_day(string today, bool late)
    {
        await using var scope = await Db.UserScopeAsync(Coordinator);

        var due = Assert.Single(await Exports(scope.ServiceProvider, DateOnly.Parse(today)).DueAsync(DateOnly.Parse(today)), d => d.Month == March);

        Assert.Equal(late, due.Late);
    }

    [Theory]
    [InlineData("2026-03-31", "month", "le mois de mars 2026 n'est pas terminé : son tableau se produit à partir du 01/04/2026.")]
    [InlineData("2028-03-01", "month", "hors de la période de la convention")]
    public async Task A_month_not_ended_or_outside_the_convention_is_refused_and_nothing_is_written(string today, string field, string message)
    {
        var month = DateOnly.Parse(today).Year == 2028 ? new TrackingMonth(2028, 1) : March;
        await using var scope = await Db.UserScopeAsync(Coordinator);

        var result = await Exports(scope.ServiceProvider, DateOnly.Parse(today)).ProduceAsync(ConventionId, month);

        Assert.Null(result!.Produced);
        Assert.Contains(result.Errors, e => e.Field == field && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(await Exports(scope.ServiceProvider, DateOnly.Parse(today)).RegisterAsync());
    }

    [Fact]
    public async Task An_absence_and_a_breach_recorded_by_a_referent_go_into_the_next_table()
    {
        var person = await new PersonBuilder(Plie.Id).WithEvents(_ =>
            [Referral(new(2025, 9, 1)), new IntegrationEvent { Date = new(2025, 10, 1), Referent = "referente@plie.test" }]).SaveAsync(Db);
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);
        await using (var scope = await Db.UserScopeAsync(referent))
        {
            var recorder = scope.ServiceProvider.GetRequiredService<JourneyRecorder>();
            Assert.Empty((await recorder.RecordAsync(person.Id, new JourneyEventDto { Type = "absence", Date = new(2026, 3, 12), Kind = "individual" }))!.Errors);
            Assert.Empty((await recorder.RecordAsync(person.Id, new JourneyEventDto { Type = "breach", Date = new(2026, 3, 19), Reason = "training_refusal" }))!.Errors);
            var refused = (await recorder.RecordAsync(person.Id, new JourneyEventDto { Type = "breach", Date = new(2026, 3, 19), Reason = "gossip" }))!;
            Assert.Contains(refused.Errors, e => e.Field == "reason");
        }
        await using var coordinator = await Db.UserScopeAsync(Coordinator);
        var db = coordinator.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var convention = await db.Conventions.SingleAsync();

        var table = await Exports(coordinator.ServiceProvider, April3).BuildAsync(convention, Agency, March);

        Assert.Equal("12/03/2026", table.Cell(0, "absences_rdv"));
        Assert.Equal("Refus d'une action de formation ou d'aide à la recherche d'emploi (19/03/2026)", table.Cell(0, "manquements"));
    }

    [Fact]
    public async Task Another_PLIE_does_not_find_the_convention_nor_the_register()
    {
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var stranger = await Seed.UserAsync(Db, "cov", Role.Coordinator);
        Guid dispatch;
        await using (var own = await Db.UserScopeAsync(Coordinator)) dispatch = (await Exports(own.ServiceProvider, April3).ProduceAsync(ConventionId, March))!.Produced!.Dispatch.Id;
        await using var scope = await Db.UserScopeAsync(stranger);

        Assert.Null(await Exports(scope.ServiceProvider, April3).FileAsync(dispatch));
        Assert.Null(await Exports(scope.ServiceProvider, April3).ProduceAsync(ConventionId, March));
        Assert.Empty(await Exports(scope.ServiceProvider, April3).RegisterAsync());
        Assert.Empty(await Exports(scope.ServiceProvider, April3).DueAsync(April3));
    }

    private static ReferralEvent Referral(DateOnly on) => new() { Date = on, PrescriberKind = "france_travail", PrescriberOrg = Agency, Channel = "flow" };

    private async Task<string> AuditDetailAsync(string action)
    {
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        return string.Join("\n", await db.AuditEvents.Where(a => a.Action == action).Select(a => a.Detail ?? "").ToListAsync());
    }

    private async Task<string> AuditRecordAsync(string action)
    {
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        return string.Join("\n", await db.AuditEvents.Where(a => a.Action == action).Select(a => a.RecordId ?? "").ToListAsync());
    }
}
