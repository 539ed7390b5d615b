using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Tests.Pathways;

/// <summary>The referent of a pathway (domain.md step 6: « the referent changes if absent for long »).</summary>
public class PathwayFactsTests
{
    private static readonly DateOnly Day = new(2025, 3, 3);

    private static List<JourneyEvent> Journey(params JourneyEvent[] more)
    {
        List<JourneyEvent> events = [new ReferralEvent { Date = Day, PrescriberKind = "france_travail", Channel = "flow" },
            new IntegrationEvent { Date = Day.AddDays(20), Referent = "a@plie.test" }, .. more];
        for (var i = 0; i < events.Count; i++) events[i].Seq = i;
        return events;
    }

    [Fact]
    public void The_referent_is_the_integrations_until_a_change_names_another()
    {
        Assert.Equal("a@plie.test", PathwayFacts.From(Journey()).Referent);
        Assert.Equal("b@plie.test", PathwayFacts.From(Journey(
            new ReferentChangeEvent { Date = Day.AddDays(60), Referent = "b@plie.test", Reason = "absence" })).Referent);
        Assert.Equal("c@plie.test", PathwayFacts.From(Journey(
            new ReferentChangeEvent { Date = Day.AddDays(60), Referent = "b@plie.test", Reason = "absence" },
            new ReferentChangeEvent { Date = Day.AddDays(90), Referent = "c@plie.test", Reason = "departure" })).Referent);
    }

    [Fact]
    public void A_change_of_an_earlier_pathway_does_not_name_the_referent_of_the_new_one()
    {
        var events = Journey(
            new ReferentChangeEvent { Date = Day.AddDays(60), Referent = "b@plie.test", Reason = "absence" },
            new ExitEvent { Date = Day.AddDays(100), Reason = "moved" },
            new ReferralEvent { Date = Day.AddDays(200), PrescriberKind = "france_travail", Channel = "flow" },
            new IntegrationEvent { Date = Day.AddDays(220), Referent = "d@plie.test" });
        for (var i = 0; i < events.Count; i++) events[i].Seq = i;

        Assert.Equal("d@plie.test", PathwayFacts.From(events).Referent);
    }
}
