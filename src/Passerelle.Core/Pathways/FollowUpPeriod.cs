using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Pathways;

/// <summary>
/// The employment follow-up of a running pathway (domain.md step 7; 000 art. 3-3: « le suivi, y compris dans l'emploi,
/// durant les six premiers mois après le retour à l'emploi »; 001 art. 2-4: « 6 mois après son retour à l'emploi durable
/// ou son entrée en formation qualifiante »; 002 art. 3-4: 3 months at Martigues): from the latest durable employment or qualifying training
/// begun in the pathway (<see cref="PathwayAlerts.FollowUpStart"/>) for the protocol's
/// <see cref="PathwayRules.FollowUpMonths"/>, with the contacts recorded during it. It ends on <see cref="End"/>,
/// the date the <see cref="AlertCodes.FollowUpEnd"/> alert names; then the exit is due.
/// </summary>
public sealed record FollowUpPeriod(DateOnly Start, DateOnly End, int Months, JourneyEvent StartedBy, IReadOnlyList<ContactEvent> Contacts, DateOnly Today)
{
    private static readonly string[] DurableKinds = ["cdi", "cdd", "civil_service", "professionalisation"];

    public bool Ended => Today > End;

    /// <summary>Days from today to the end (0 once ended).</summary>
    public int DaysLeft => Ended ? 0 : End.DayNumber - Today.DayNumber;

    /// <summary>From the month before the end (<see cref="PathwayAlerts.FollowUpLeadMonths"/>): time to prepare the exit.</summary>
    public bool ExitDue => Today >= End.AddMonths(-PathwayAlerts.FollowUpLeadMonths);

    /// <summary>The follow-up of <paramref name="facts"/>' running pathway on <paramref name="today"/>; null when none has begun.</summary>
    public static FollowUpPeriod? Of(PathwayFacts facts, PathwayRules rules, ExitRules exits, DateOnly today)
    {
        if (!facts.InPathway || PathwayAlerts.FollowUpStart(facts, exits, today) is not { } start) return null;
        var end = start.AddMonths(rules.FollowUpMonths);
        // The fact that began it: on the same day, a durable contract first, then a qualifying training, then any contract.
        var startedBy = facts.All.Where(e => e.Date == start && e is ContractEvent or TrainingEvent { Qualifying: true })
            .OrderBy(e => e switch { ContractEvent c when DurableKinds.Contains(c.Kind) => 0, TrainingEvent => 1, _ => 2 }).First();
        var last = end < today ? end : today;
        var contacts = facts.All.OfType<ContactEvent>().Where(c => c.Date >= start && c.Date <= last).ToList();
        return new FollowUpPeriod(start, end, rules.FollowUpMonths, startedBy, contacts, today);
    }
}
