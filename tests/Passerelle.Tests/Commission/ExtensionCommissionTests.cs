using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Commission;

/// <summary>
/// Extension requests at the commission (issue 4 item 2): Martigues « une période supplémentaire de 6 mois possible après
/// validation de la commission d'intégration et de suivi des parcours » (002 art. 3-3); CASA « la durée du parcours peut
/// être augmentée de façon exceptionnelle » (000 art. 3-3, bounded by the product to 12 months in all); COV none
/// (001 art. 2-3). A granted extension is an <c>extension</c> fact that moves the pathway-maximum alert.
/// </summary>
public class ExtensionCommissionTests : CommissionTest
{
    private Task<CommissionOutcome?> ProposeExtensionAsync(Guid session, Guid person) =>
        AsAsync<CommissionSessions, CommissionOutcome?>(Referent, s => s.ProposeAsync(session, person, Intakes.Today, CommissionCodes.Extension));

    private Task<CommissionOutcome?> DecideAsync(Guid session, Guid item, DecisionInput input) =>
        AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, item, input));

    private async Task<(Guid Session, Guid Item, Person Person)> ArrangeAsync(string preset, string code, int monthsInPathway)
    {
        await ArrangePlieAsync(preset, code);
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!, monthsInPathway));
        var session = await SessionAsync(Intakes.Today);
        var proposed = await ProposeExtensionAsync(session, person.Id);
        Assert.True(proposed!.Succeeded, string.Join(" ; ", proposed.Errors.Select(e => e.Message)));
        return (session, proposed.Id!.Value, person);
    }

    private async Task<PathwayAlert?> MaximumAlertAsync(Guid person, string preset) =>
        PathwayAlerts.For(PathwayFacts.From(await ReadAsync(db => db.JourneyEvents.Where(e => e.PersonId == person).ToListAsync())),
            ProtocolPresets.Load(preset), Intakes.Today).SingleOrDefault(a => a.Code == AlertCodes.PathwayMax);

    [Fact]
    public async Task Martigues_002_art_3_3_six_months_granted_record_an_extension_fact_and_move_the_maximum_alert()
    {
        var (session, item, person) = await ArrangeAsync("martigues-2023-2027", "martigues", 17);
        var before = await MaximumAlertAsync(person.Id, "martigues-2023-2027");
        Assert.Equal(Intakes.Today.AddMonths(-17).AddMonths(18), before!.Due);

        var outcome = await DecideAsync(session, item, new DecisionInput(CommissionCodes.Grant, Months: 6));

        Assert.True(outcome!.Succeeded, string.Join(" ; ", outcome.Errors.Select(e => e.Message)));
        var extension = Assert.IsType<ExtensionEvent>((await ReadAsync(db => db.JourneyEvents.Where(e => e.PersonId == person.Id).OrderBy(e => e.Seq).ToListAsync())).Last());
        Assert.Equal((Intakes.Today, 6), (extension.Date, extension.Months));
        var file = await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item));
        Assert.Equal((CommissionCodes.Grant, 6, extension.Id), (file.Decision, file.Months, file.FactId));
        // 17 months in: the maximum is now 24 months from the integration, 7 months away: no alert until 2 months before.
        Assert.Null(await MaximumAlertAsync(person.Id, "martigues-2023-2027"));
    }

    [Theory]
    [InlineData(0, "de 1 à 6 mois")]
    [InlineData(7, "hors limites (7 mois) : de 1 à 6 mois")]
    [InlineData(null, "Indiquez la durée")]
    public async Task Martigues_refuses_a_grant_outside_1_to_6_months_and_writes_nothing(int? months, string message)
    {
        var (session, item, person) = await ArrangeAsync("martigues-2023-2027", "martigues", 17);

        var outcome = await DecideAsync(session, item, new DecisionInput(CommissionCodes.Grant, Months: months));

        Assert.Contains(outcome!.Errors, e => e.Field == "months" && e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(await ReadAsync(db => db.JourneyEvents.OfType<ExtensionEvent>().ToListAsync()));
        Assert.Null((await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item))).Decision);
    }

    [Fact]
    public async Task Martigues_after_6_months_granted_a_new_request_is_refused_with_the_reason()
    {
        var (session, item, person) = await ArrangeAsync("martigues-2023-2027", "martigues", 17);
        Assert.True((await DecideAsync(session, item, new DecisionInput(CommissionCodes.Grant, Months: 4)))!.Succeeded);
        var next = await SessionAsync(Intakes.Today.AddDays(20));
        var second = await ProposeExtensionAsync(next, person.Id);
        Assert.True(second!.Succeeded);

        var tooMuch = await DecideAsync(next, second.Id!.Value, new DecisionInput(CommissionCodes.Grant, Months: 3));
        Assert.False(tooMuch!.Succeeded); // the session is to come: refused on its date first
        Assert.Contains(tooMuch.Errors, e => e.Message.Contains("n'a pas encore eu lieu", StringComparison.Ordinal));

        await ReadAsync(db => db.CommissionSessions.Where(s => s.Id == next).ExecuteUpdateAsync(u => u.SetProperty(s => s.Date, Intakes.Today)));
        var limited = await DecideAsync(next, second.Id!.Value, new DecisionInput(CommissionCodes.Grant, Months: 3));
        Assert.Contains(limited!.Errors, e => e.Field == "months" && e.Message.Contains("de 1 à 2 mois", StringComparison.Ordinal));
        Assert.True((await DecideAsync(next, second.Id!.Value, new DecisionInput(CommissionCodes.Grant, Months: 2)))!.Succeeded);

        var third = await ProposeExtensionAsync(await SessionAsync(Intakes.Today.AddDays(40)), person.Id);
        Assert.Contains(third!.Errors, e => e.Message.Contains("La prolongation possible (6 mois) a déjà été accordée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Casa_000_art_3_3_exceptional_extensions_up_to_12_months_in_all()
    {
        var (session, item, person) = await ArrangeAsync("casa-2021-2023", "casa", 23);
        Assert.True((await DecideAsync(session, item, new DecisionInput(CommissionCodes.Grant, Months: 12)))!.Succeeded);
        var alert = await MaximumAlertAsync(person.Id, "casa-2021-2023");
        Assert.Null(alert);

        var again = await ProposeExtensionAsync(await SessionAsync(Intakes.Today.AddDays(10)), person.Id);
        Assert.Contains(again!.Errors, e => e.Message.Contains("(12 mois) a déjà été accordée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cov_001_art_2_3_provides_no_extension_the_request_is_refused()
    {
        await ArrangePlieAsync("cov-2020-2022", "cov");
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!, 23));
        var session = await SessionAsync(Intakes.Today);

        var outcome = await ProposeExtensionAsync(session, person.Id);

        Assert.Contains(outcome!.Errors, e => e.Message.Contains("ne prévoit pas de prolongation : le parcours dure au plus 24 mois", StringComparison.Ordinal));
        Assert.Empty(await ReadAsync(db => db.CommissionItems.ToListAsync()));
    }

    [Fact]
    public async Task A_denied_extension_records_no_fact_and_the_alert_stays()
    {
        var (session, item, person) = await ArrangeAsync("casa-2021-2023", "casa", 23);

        Assert.True((await DecideAsync(session, item, new DecisionInput(CommissionCodes.Deny)))!.Succeeded);

        Assert.Empty(await ReadAsync(db => db.JourneyEvents.OfType<ExtensionEvent>().ToListAsync()));
        Assert.Equal(Intakes.Today.AddMonths(-23).AddMonths(24), (await MaximumAlertAsync(person.Id, "casa-2021-2023"))!.Due);
        Assert.Contains("commission.decision", await AuditActionsAsync());
    }

    [Fact]
    public async Task An_extension_is_asked_only_in_pathway()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync();

        var outcome = await ProposeExtensionAsync(await SessionAsync(Intakes.Today), person.Id);

        Assert.Contains(outcome!.Errors, e => e.Message.Contains("n'est pas en parcours", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Integration_decisions_are_not_choices_of_an_extension_file()
    {
        var (session, item, _) = await ArrangeAsync("casa-2021-2023", "casa", 23);

        var outcome = await DecideAsync(session, item, new DecisionInput(CommissionCodes.Integrate, Referent.Email));

        Assert.Contains(outcome!.Errors, e => e.Field == "decision" && e.Message.Contains("prolongation accordée, prolongation refusée, ajournement", StringComparison.Ordinal));
    }
}
