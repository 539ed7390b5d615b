using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Pathways;

/// <summary>
/// The employment follow-up on the person's file (issue 4 item 5): 6 months after durable employment or qualifying
/// training (000 art. 3-3, 001 art. 2-4), 3 at Martigues (002 art. 3-4), on 15 March 2026.
/// </summary>
public class FollowUpPeriodTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    [Theory]
    [InlineData("casa-2021-2023", 6, "2026-04-01", 17)]
    [InlineData("cov-2020-2022", 6, "2026-04-01", 17)]
    [InlineData("martigues-2023-2027", 3, "2026-01-01", 0)]
    public void Runs_for_the_protocols_months_from_a_durable_contract_with_its_contacts(string preset, int months, string end, int daysLeft)
    {
        var protocol = ProtocolPresets.Load(preset);
        var facts = Facts(
            new ContactEvent { Date = new(2025, 9, 20), Mode = "individual" },
            new ContractEvent { Date = new(2025, 10, 1), Kind = "cdi", WeeklyHours = 35 },
            new ContactEvent { Date = new(2025, 11, 5), Mode = "phone" },
            new ContactEvent { Date = new(2026, 2, 3), Mode = "individual" });

        var f = FollowUpPeriod.Of(facts, protocol.Pathway, protocol.Exits, Today)!;

        Assert.Equal((new DateOnly(2025, 10, 1), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), months), (f.Start, f.End, f.Months));
        Assert.IsType<ContractEvent>(f.StartedBy);
        Assert.Equal(daysLeft, f.DaysLeft);
        Assert.Equal(daysLeft == 0, f.Ended);
        // Contacts from the start to the end (or today): the one before the contract does not count.
        Assert.Equal(months == 6 ? 2 : 1, f.Contacts.Count);
        Assert.True(f.ExitDue);
    }

    [Fact]
    public void A_qualifying_training_starts_it_and_the_exit_is_due_a_month_before_its_end()
    {
        var casa = ProtocolPresets.Load("casa-2021-2023");
        var facts = Facts(new TrainingEvent { Date = new(2025, 12, 1), Qualifying = true });

        var f = FollowUpPeriod.Of(facts, casa.Pathway, casa.Exits, Today)!;

        Assert.IsType<TrainingEvent>(f.StartedBy);
        Assert.Equal(new DateOnly(2026, 6, 1), f.End);
        Assert.Equal(78, f.DaysLeft);
        Assert.False(f.ExitDue);
        Assert.True((f with { Today = new(2026, 5, 1) }).ExitDue);
    }

    [Theory]
    [InlineData("cui_pec", null)]
    [InlineData("temp", null)]
    [InlineData("cdd", "2026-01-31")]
    public void No_follow_up_for_excluded_or_short_contracts(string kind, string? end)
    {
        var casa = ProtocolPresets.Load("casa-2021-2023");
        var facts = Facts(new ContractEvent
        {
            Date = new(2025, 11, 1),
            Kind = kind,
            WeeklyHours = 35,
            End = end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Null(FollowUpPeriod.Of(facts, casa.Pathway, casa.Exits, Today));
    }

    [Fact]
    public void No_follow_up_once_the_person_has_exited()
    {
        var casa = ProtocolPresets.Load("casa-2021-2023");
        var facts = Facts(new ContractEvent { Date = new(2025, 10, 1), Kind = "cdi", WeeklyHours = 35 }, new ExitEvent { Date = new(2026, 3, 1), Reason = "employment" });

        Assert.Null(FollowUpPeriod.Of(facts, casa.Pathway, casa.Exits, Today));
    }

    private static PathwayFacts Facts(params JourneyEvent[] more)
    {
        List<JourneyEvent> events =
        [
            new ReferralEvent { Date = new(2025, 5, 1), PrescriberKind = "other", Channel = "flow" },
            new IntegrationEvent { Date = new(2025, 6, 1), Referent = "referente@casa.test" },
            .. more,
        ];
        for (var i = 0; i < events.Count; i++) events[i].Seq = i;
        return PathwayFacts.From(events);
    }
}
