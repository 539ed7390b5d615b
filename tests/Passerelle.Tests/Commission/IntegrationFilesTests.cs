using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Commission;
using Passerelle.Core.Pathways;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The integration's paperwork: the contract's signature date and France Travail's PNI delegation (000 art. 3-4 b « la
/// délégation … est alors confirmée à réception »; 000 art. 6 and data annex C: a PNI code of 24 months), whose confirmed
/// date moves the end of the delegation and its alert.
/// </summary>
public class IntegrationFilesTests : CommissionTest
{
    private Task<CommissionOutcome?> PniAsync(Guid person, DateOnly? requested, DateOnly? confirmed) =>
        AsAsync<IntegrationFiles, CommissionOutcome?>(Referent, f => f.RecordPniAsync(person, requested, confirmed));

    [Fact]
    public async Task The_confirmed_date_starts_the_24_months_and_the_alert_follows_it()
    {
        // Martigues: the pathway's maximum (18 months, 002 art. 3-3) differs from the PNI code's 24, so the PNI has its own alert.
        await ArrangePlieAsync("martigues-2023-2027", "martigues");
        // Integrated 23 months ago: the PNI end (integration + 24 months) is a month away, inside the alert's lead time.
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!, months: 23), commune: "13056");
        var before = await AsAsync<IntegrationFiles, IntegrationView?>(Referent, f => f.GetAsync(person.Id, Intakes.Today));
        Assert.Equal(Intakes.Today.AddMonths(-23).AddMonths(24), before!.PniEnd);
        Assert.Contains(before.Alerts, a => a.Code == AlertCodes.PniEnd);

        var confirmed = Intakes.Today.AddMonths(-20);
        Assert.True((await PniAsync(person.Id, Intakes.Today.AddMonths(-23), confirmed))!.Succeeded);

        var after = await AsAsync<IntegrationFiles, IntegrationView?>(Referent, f => f.GetAsync(person.Id, Intakes.Today));
        Assert.Equal(confirmed.AddMonths(24), after!.PniEnd);
        Assert.DoesNotContain(after.Alerts, a => a.Code == AlertCodes.PniEnd);
        Assert.Equal(confirmed, after.File!.PniConfirmedOn);
        Assert.Contains("person.pni", await AuditActionsAsync());
    }

    [Fact]
    public async Task A_person_not_referred_by_France_Travail_has_a_PNI_end_only_once_France_Travail_confirms_000_art_3_4_a()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!, prescriber: "ccas"));
        Assert.Null((await AsAsync<IntegrationFiles, IntegrationView?>(Referent, f => f.GetAsync(person.Id, Intakes.Today)))!.PniEnd);

        await PniAsync(person.Id, null, Intakes.Today.AddDays(-3));

        Assert.Equal(Intakes.Today.AddDays(-3).AddMonths(24), (await AsAsync<IntegrationFiles, IntegrationView?>(Referent, f => f.GetAsync(person.Id, Intakes.Today)))!.PniEnd);
    }

    [Fact]
    public async Task Dates_in_the_future_before_the_referral_or_a_confirmation_before_the_request_are_refused()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!));

        Assert.Equal("pniConfirmedOn", Assert.Single((await PniAsync(person.Id, Intakes.Today.AddDays(-2), Intakes.Today.AddDays(-5)))!.Errors).Field);
        Assert.Equal("pniRequestedOn", Assert.Single((await PniAsync(person.Id, Intakes.Today.AddDays(1), null))!.Errors).Field);
        var early = await AsAsync<IntegrationFiles, CommissionOutcome?>(Referent, f => f.RecordSignatureAsync(person.Id, Intakes.Today.AddYears(-2)));
        Assert.Contains("précède l'orientation", Assert.Single(early!.Errors).Message);
        Assert.Empty(await ReadAsync(db => db.IntegrationFiles.ToListAsync()));
    }

    [Fact]
    public async Task The_signature_date_is_kept_on_the_file_of_the_current_integration()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!));

        Assert.True((await AsAsync<IntegrationFiles, CommissionOutcome?>(Referent, f => f.RecordSignatureAsync(person.Id, Intakes.Today)))!.Succeeded);

        var file = await ReadAsync(db => db.IntegrationFiles.SingleAsync());
        Assert.Equal((Intakes.Today, Intakes.Today.AddMonths(-3), Referent.Id), (file.ContractSignedOn!.Value, file.IntegrationDate, file.UpdatedBy!.Value));
        Assert.Contains("person.contract.sign", await AuditActionsAsync());
        var notIntegrated = await PersonAsync();
        Assert.False((await AsAsync<IntegrationFiles, CommissionOutcome?>(Referent, f => f.RecordSignatureAsync(notIntegrated.Id, Intakes.Today)))!.Succeeded);
    }
}
