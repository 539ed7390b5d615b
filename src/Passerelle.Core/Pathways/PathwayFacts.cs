using Passerelle.Core.Journeys;

namespace Passerelle.Core.Pathways;

/// <summary>
/// A person's current pathway, read from their facts: the latest integration, the exit that closed it (if any),
/// and the facts from the integration on. An exit before the latest integration belongs to an earlier pathway.
/// </summary>
public sealed class PathwayFacts
{
    private PathwayFacts(IReadOnlyList<JourneyEvent> all, IntegrationEvent? integration, ExitEvent? exit)
    {
        All = all;
        Integration = integration;
        Exit = exit;
    }

    /// <summary>Every fact of the person, by date then recording order.</summary>
    public IReadOnlyList<JourneyEvent> All { get; }
    public IntegrationEvent? Integration { get; }
    public ExitEvent? Exit { get; }
    public bool InPathway => Integration is not null && Exit is null;
    /// <summary>The referent named by the latest referent change of the pathway, else by the integration.</summary>
    public string? Referent => Integration is { } i
        ? All.OfType<ReferentChangeEvent>().LastOrDefault(c => c.Date >= i.Date && (Exit is null || c.Date <= Exit.Date))?.Referent ?? i.Referent
        : null;

    /// <summary>Months of extension the commission granted in this pathway (<see cref="ExtensionEvent"/>).</summary>
    public int ExtensionMonths => Integration is { } i
        ? All.OfType<ExtensionEvent>().Where(x => x.Date >= i.Date && (Exit is null || x.Date <= Exit.Date)).Sum(x => x.Months)
        : 0;

    public static PathwayFacts From(IEnumerable<JourneyEvent> events)
    {
        var all = events.OrderBy(e => e.Date).ThenBy(e => e.Seq).ToList();
        var integration = all.OfType<IntegrationEvent>().LastOrDefault();
        var exit = integration is null ? null : all.OfType<ExitEvent>().FirstOrDefault(x => x.Date >= integration.Date);
        return new PathwayFacts(all, integration, exit);
    }

    /// <summary>Periods (steps, contracts, trainings, suspensions) of the pathway: those not ended before the integration.</summary>
    public IEnumerable<PeriodEvent> Periods => Integration is { } i
        ? All.OfType<PeriodEvent>().Where(p => p.End is null || p.End >= i.Date)
        : [];

    /// <summary>Contacts since the integration, up to <paramref name="today"/>, latest first.</summary>
    public IEnumerable<ContactEvent> ContactsUpTo(DateOnly today) => Integration is { } i
        ? All.OfType<ContactEvent>().Where(c => c.Date >= i.Date && c.Date <= today).Reverse()
        : [];

    /// <summary>The latest contact of the person, whatever the pathway.</summary>
    public ContactEvent? LastContact(DateOnly today) => All.OfType<ContactEvent>().LastOrDefault(c => c.Date <= today);

    /// <summary>
    /// The date France Travail confirmed the PNI delegation of this pathway (<c>Commission/IntegrationFile</c>), when known:
    /// « la délégation … est alors confirmée à réception, par Pôle emploi » (000 art. 3-4 b). Set by <see cref="WithPniConfirmed"/>.
    /// </summary>
    public DateOnly? PniConfirmedOn { get; private init; }

    /// <summary>These facts with the confirmed start of the PNI delegation (null: not confirmed, or unknown to the caller).</summary>
    public PathwayFacts WithPniConfirmed(DateOnly? on) => new(All, Integration, Exit) { PniConfirmedOn = on };

    /// <summary>
    /// Where the PNI delegation starts: the confirmed date when there is one (France Travail also opens it for people it did
    /// not refer, from the contract: 000 art. 3-4 a), else the integration of someone France Travail referred.
    /// </summary>
    public DateOnly? PniStart => Integration is null ? null : PniConfirmedOn ?? (ReferredByFranceTravail ? Integration.Date : null);

    /// <summary>Whether the referral that led to the integration came from France Travail (PNI delegation).</summary>
    public bool ReferredByFranceTravail => Integration is { } i
        && All.OfType<ReferralEvent>().LastOrDefault(r => r.Date <= i.Date)?.PrescriberKind == "france_travail";

    public static bool RunsOn(PeriodEvent p, DateOnly day) => p.Date <= day && (p.End is null || p.End >= day);

    /// <summary>Where the person stands today: <c>suspended</c>, <c>employment</c>, <c>training</c>, <c>service</c> or null.</summary>
    public string? SituationOn(DateOnly today)
    {
        var running = Periods.Where(p => RunsOn(p, today)).ToList();
        if (running.OfType<SuspensionEvent>().Any()) return "suspended";
        if (running.OfType<ContractEvent>().Any() || running.OfType<StepEvent>().Any(s => s.Kind is "employment" or "iae")) return "employment";
        if (running.OfType<TrainingEvent>().Any() || running.OfType<StepEvent>().Any(s => s.Kind == "training")) return "training";
        if (running.OfType<StepEvent>().Any(s => s.Kind == "service")) return "service";
        return null;
    }
}
