using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Journeys;

public class JourneyFiguresTests : DatabaseTest
{
    [Fact]
    public async Task Home_figures_count_pathways_pending_referrals_and_exits_from_the_facts()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var other = await Seed.PlieAsync(Db, "autre");
        await new PersonBuilder(plie.Id).SaveAsync(Db); // in pathway, referent referente@plie.test
        await new PersonBuilder(plie.Id).WithEvents(d => [.. PersonBuilder.TypicalJourney(d), Exit(new DateOnly(2025, 12, 1))]).SaveAsync(Db);
        await new PersonBuilder(plie.Id).WithEvents(d => [new ReferralEvent { Date = d, PrescriberKind = "ccas", Channel = "flow" }]).SaveAsync(Db);
        // Exited, then referred again: awaiting a decision, not in pathway.
        await new PersonBuilder(plie.Id).WithEvents(d =>
            [.. PersonBuilder.TypicalJourney(d), Exit(new DateOnly(2025, 11, 1)), new ReferralEvent { Date = new DateOnly(2025, 12, 15), PrescriberKind = "france_travail", Channel = "flow" }])
            .SaveAsync(Db);
        await new PersonBuilder(other.Id).SaveAsync(Db); // another PLIE: never counted
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent, "referente@plie.test");

        await using var scope = await Db.UserScopeAsync(referent);
        var figures = await scope.ServiceProvider.GetRequiredService<JourneyFigures>().ForHomeAsync(2025, referent.Email);

        Assert.Equal(new HomeFigures(InPathway: 1, AwaitingDecision: 2, ExitsThisYear: 2, MyPeople: 1), figures);
    }

    private static ExitEvent Exit(DateOnly date) => new() { Date = date, Reason = "employment", Proofs = ["contract"] };
}
