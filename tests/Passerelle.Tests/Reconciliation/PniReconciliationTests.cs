using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Commission;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reconciliation;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.Referrals;
using Passerelle.Tests.TestSupport;
using static Passerelle.Core.Reconciliation.DifferenceKinds;

namespace Passerelle.Tests.Reconciliation;

/// <summary>
/// The quarterly reconciliation (issue 5 item 4): each kind of difference between France Travail's PNI list and the pathways,
/// read on a fixed day (15/06/2026), each with its two dates; the result kept with the file's SHA-256 and counts; a malformed
/// list refused whole with nothing stored; another PLIE's result not found.
/// </summary>
public class PniReconciliationTests : DatabaseTest
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly object?[] Headers = ["Identifiant Pôle emploi", "Nom", "Prénom", "Agence", "Date de début de la délégation PNI", "Date de fin de la délégation PNI"];

    private Organisation plie = null!;
    private AppUser coordinator = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        plie = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-CAGNES");
        coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
    }

    private static object?[] Line(string id, object start, object? end = null) => [id, "Nom", "Prénom", "FT-ANTIBES", start, end ?? ""];

    private static ReferralEvent Referral(DateOnly on, string agency = "FT-ANTIBES") =>
        new() { Date = on, PrescriberKind = "france_travail", PrescriberOrg = agency, Channel = "flow" };

    private static IntegrationEvent Integration(DateOnly on) => new() { Date = on, Referent = "referente@casa.test" };

    private Task<Person> PersonAsync(string? ftId, params JourneyEvent[] events) =>
        new PersonBuilder(plie.Id).WithFranceTravailId(ftId).WithEvents(_ => [.. events]).SaveAsync(Db);

    private async Task<ReconciliationOutcome> ImportAsync(AppUser user, Stream file)
    {
        await using var scope = await Db.UserScopeAsync(user);
        var service = ActivatorUtilities.CreateInstance<PniReconciliations>(scope.ServiceProvider, (TimeProvider)new FixedClock(Today));
        return await service.ImportAsync(file);
    }

    private async Task<T> AsAsync<T>(AppUser user, Func<PniReconciliations, Task<T>> act)
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await act(scope.ServiceProvider.GetRequiredService<PniReconciliations>());
    }

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    [Fact]
    public async Task Each_kind_of_difference_is_found_with_its_dates_and_the_result_is_kept()
    {
        var agreed = await PersonAsync("1000001A", Referral(new(2025, 12, 1)), Integration(new(2026, 1, 10)));
        var never = await PersonAsync("1000002A", Referral(new(2026, 5, 2)));
        var exited = await PersonAsync("1000003A", Referral(new(2025, 2, 1)), Integration(new(2025, 3, 1)), new ExitEvent { Date = new(2026, 4, 30), Reason = "employment" });
        var missing = await PersonAsync("1000004A", Referral(new(2026, 1, 5)), Integration(new(2026, 2, 1)));
        var iaeEnded = await PersonAsync("1000005A", Referral(new(2025, 8, 1)), Integration(new(2025, 9, 1)),
            new ContractEvent { Date = new(2025, 10, 1), End = new(2026, 5, 31), Kind = "iae", WeeklyHours = 26 });
        await PersonAsync("1000006A", Referral(new(2025, 8, 1)), Integration(new(2025, 9, 1)),
            new StepEvent { Date = new(2026, 1, 1), Kind = "iae" });
        var unrecorded = await PersonAsync("1000007A", Referral(new(2025, 12, 1)), Integration(new(2026, 1, 5)));
        var differs = await PersonAsync("1000008A", Referral(new(2025, 12, 1)), Integration(new(2026, 1, 5)));
        var endDiffers = await PersonAsync("1000009A", Referral(new(2026, 2, 1)), Integration(new(2026, 3, 2)));
        await PersonAsync("1000010A", Referral(new(2026, 2, 1), "FT-NICE"), Integration(new(2026, 3, 2)));
        await PersonAsync(null, new ReferralEvent { Date = new(2026, 2, 1), PrescriberKind = "ccas", Channel = "flow" }, Integration(new(2026, 3, 2)));
        await ReadAsync(async db =>
        {
            db.IntegrationFiles.Add(new IntegrationFile { PlieId = plie.Id, PersonId = differs.Id, IntegrationDate = new(2026, 1, 5), PniConfirmedOn = new(2026, 1, 12), UpdatedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var file = Xlsx.Build([Headers,
            Line("1000001A", new DateOnly(2026, 1, 10), new DateOnly(2028, 1, 10)),
            Line("1000002A", new DateOnly(2026, 5, 20)),
            Line("1000003A", "01/03/2025", "01/03/2027"),
            Line("1000007A", "20/01/2026", "20/01/2028"),
            Line("1000008A", "19/01/2026"),
            Line("1000009A", "02/03/2026", "02/03/2027"),
            Line("9999999Z", "01/06/2026")]);
        var bytes = file.ToArray();

        var outcome = await ImportAsync(coordinator, new MemoryStream(bytes));

        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Errors));
        var view = (await AsAsync(coordinator, s => s.GetAsync(outcome.Reconciliation!.Id)))!;
        var found = view.Groups.SelectMany(g => g.Lines.Select(l => (g.Kind.Code, l.Difference.PersonId, l.Difference.FranceTravailId, l.Difference.Line, l.Difference.PlieDate, l.Difference.FranceTravailDate))).ToList();
        Assert.Equal<(string, Guid?, string?, int?, DateOnly?, DateOnly?)>(
        [
            (NeverIntegrated, never.Id, null, 3, null, new DateOnly(2026, 5, 20)),
            (Exited, exited.Id, null, 4, new DateOnly(2026, 4, 30), new DateOnly(2027, 3, 1)),
            (MissingPni, missing.Id, null, null, new DateOnly(2026, 2, 1), null),
            (IaeEnded, iaeEnded.Id, null, null, new DateOnly(2026, 5, 31), null),
            (StartUnrecorded, unrecorded.Id, null, 5, new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 20)),
            (StartDiffers, differs.Id, null, 6, new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 19)),
            (EndDiffers, endDiffers.Id, null, 7, new DateOnly(2028, 3, 2), new DateOnly(2027, 3, 2)),
            (UnknownId, null, "9999999Z", 8, null, new DateOnly(2026, 6, 1)),
        ], found);
        var kept = view.Reconciliation;
        // Listed 7; agreed: 1000001A only; in pathway with an id among FT-ANTIBES's (or other prescribers'): 1000001A, 4, 5, 6, 7, 8, 9.
        Assert.Equal((7, 1, 7, Today, "FT-ANTIBES"), (kept.Lines, kept.Agreed, kept.InPathway, kept.AsOf, string.Join(",", kept.Agencies)));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), kept.Sha256);
        Assert.DoesNotContain(found, f => f.PersonId == agreed.Id);
        var history = Assert.Single(await AsAsync(coordinator, s => s.HistoryAsync()));
        Assert.Equal((7, 8, coordinator.Id), (history.Lines, history.Differences, history.ImportedBy));
        var audit = await ReadAsync(db => db.AuditEvents.Where(a => a.Action.StartsWith("reconciliation") || a.Action == "person.reconciliation").ToListAsync());
        Assert.Equal(["reconciliation.import", "person.reconciliation"], audit.Select(a => a.Action));
        Assert.Contains("\"missing_pni\":1", audit[0].Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("9999999Z", audit[0].Detail + audit[1].Detail, StringComparison.Ordinal);
        Assert.Contains(missing.Id.ToString(), audit[1].Detail, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<Stream>, string> Malformed => new()
    {
        { "missing column", () => Xlsx.Build([["Identifiant", "Agence"], ["1000001A", "FT-ANTIBES"]]), "colonne obligatoire manquante" },
        { "bad date", () => Xlsx.Build([Headers, Line("1000001A", "32/01/2026")]), "date impossible « 32/01/2026 »" },
        { "formula", () => Xlsx.Build([Headers, ["=1+1", "Nom", "Prénom", "FT-ANTIBES", "01/01/2026", ""]]), "formule refusée (cellule A2)" },
        { "garbage bytes", () => new MemoryStream([.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 37))]), "n'est pas un classeur Excel" },
        { "unknown agency", () => Xlsx.Build([Headers, ["1000001A", "Nom", "Prénom", "FT-ATLANTIS", "01/01/2026", ""]]), "agence inconnue « FT-ATLANTIS »" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_list_is_refused_whole_with_its_report_and_nothing_is_stored(string name, Func<Stream> file, string fragment)
    {
        await PersonAsync("1000001A", Referral(new(2025, 12, 1)), Integration(new(2026, 1, 10)));

        var outcome = await ImportAsync(coordinator, file());

        Assert.False(outcome.Succeeded, name);
        Assert.Contains(outcome.Errors, e => e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal((0, 0), await ReadAsync(async db => (await db.PniReconciliations.CountAsync(), await db.ReconciliationDifferences.CountAsync())));
        Assert.Equal(0, await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action == "reconciliation.import")));
    }

    [Fact]
    public async Task Another_plie_s_reconciliation_is_not_found_and_not_in_its_history()
    {
        var outcome = await ImportAsync(coordinator, Xlsx.Build([Headers, Line("9999999Z", "01/06/2026")]));
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await Seed.UserAsync(Db, "cov", Role.Coordinator);

        Assert.Null(await AsAsync(foreign, s => s.GetAsync(outcome.Reconciliation!.Id)));
        Assert.Empty(await AsAsync(foreign, s => s.HistoryAsync()));
    }

    [Fact]
    public async Task Only_the_PLIE_s_team_reconciles()
    {
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);

        var outcome = await ImportAsync(referent, Xlsx.Build([Headers, Line("9999999Z", "01/06/2026")]));

        Assert.False(outcome.Succeeded);
        Assert.Equal(0, await ReadAsync(db => db.PniReconciliations.CountAsync()));
    }
}
