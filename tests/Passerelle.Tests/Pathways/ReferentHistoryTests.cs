using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Tests.Pathways;

/// <summary>The referent of the pathway on a given day (domain.md step 6: the referent changes if absent for long).</summary>
public class ReferentHistoryTests
{
    private static readonly ReferentHistory History = ReferentHistory.From(Numbered(
    [
        new ReferralEvent { Date = new(2024, 1, 2), PrescriberKind = "other", Channel = "flow" },
        new IntegrationEvent { Date = new(2024, 2, 1), Referent = "anne@plie.test" },
        new ReferentChangeEvent { Date = new(2024, 6, 1), Referent = "bruno@plie.test", Reason = "absence" },
        new ExitEvent { Date = new(2024, 12, 31), Reason = "moved" },
        new ReferralEvent { Date = new(2025, 3, 1), PrescriberKind = "other", Channel = "flow" },
        new IntegrationEvent { Date = new(2025, 4, 1), Referent = "chloe@plie.test" },
    ]));

    [Theory]
    [InlineData("2024-01-31", null)]
    [InlineData("2024-02-01", "anne@plie.test")]
    [InlineData("2024-05-31", "anne@plie.test")]
    [InlineData("2024-06-01", "bruno@plie.test")]
    [InlineData("2024-12-31", "bruno@plie.test")]
    [InlineData("2025-01-01", null)]
    [InlineData("2025-03-31", null)]
    [InlineData("2025-04-01", "chloe@plie.test")]
    [InlineData("2026-11-24", "chloe@plie.test")]
    public void Names_the_referent_of_the_pathway_running_that_day(string day, string? referent) =>
        Assert.Equal(referent, History.On(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Agrees_with_the_current_referent_of_the_pathway_facts()
    {
        var events = Numbered(
        [
            new IntegrationEvent { Date = new(2025, 4, 1), Referent = "chloe@plie.test" },
            new ReferentChangeEvent { Date = new(2025, 9, 1), Referent = "david@plie.test", Reason = "caseload" },
            new ReferentChangeEvent { Date = new(2025, 9, 1), Referent = "emma@plie.test", Reason = "departure" },
        ]);

        Assert.Equal(PathwayFacts.From(events).Referent, ReferentHistory.From(events).On(new(2025, 9, 1)));
        Assert.Equal("emma@plie.test", ReferentHistory.From(events).On(new(2026, 1, 1)));
    }

    private static List<JourneyEvent> Numbered(List<JourneyEvent> events)
    {
        for (var i = 0; i < events.Count; i++) events[i].Seq = i;
        return events;
    }
}
