using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Facts in journey order: by date, then on the same day in the natural order referral → info session → first contact →
/// diagnostic → refusal → integration → the pathway → exit (the order the import judges journeys in), then as recorded.
/// </summary>
internal static class JourneyOrder
{
    public static IEnumerable<JourneyEvent> Sort(IEnumerable<JourneyEvent> events) =>
        events.OrderBy(e => e.Date).ThenBy(e => JourneyOrderRules.Rank(e.Type)).ThenBy(e => e.Seq);

    /// <summary>Where a person stands: an active pathway, a referral awaiting a decision, closed, or nothing.</summary>
    public static JourneyState StateOf(IEnumerable<JourneyEvent> events)
    {
        var state = JourneyState.None;
        foreach (var e in Sort(events))
        {
            state = e switch
            {
                ReferralEvent when state != JourneyState.InPathway => JourneyState.ReferralPending,
                IntegrationEvent => JourneyState.InPathway,
                RefusalEvent when state != JourneyState.InPathway => JourneyState.Closed,
                ExitEvent => JourneyState.Closed,
                _ => state,
            };
        }
        return state;
    }

}
