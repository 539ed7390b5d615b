using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Tracking;

/// <summary>
/// One person's month for the tracking table, read from their facts only. The journey is the one opened by the latest
/// referral dated up to the month's end; dates (referral, first contact, refusal, integration, PNI, exit) are its state
/// at the month's end; absences, steps, breaches and requests are those of the month.
/// </summary>
public sealed class TrackingLine
{
    private TrackingLine(TrackingPerson source, TrackingMonth month, ReferralEvent referral, List<JourneyEvent> journey)
    {
        Person = source.Person;
        Month = month;
        Referral = referral;
        Journey = journey;
        FirstContact = journey.OfType<FirstContactEvent>().FirstOrDefault(f => f.Attended);
        Refusal = journey.OfType<RefusalEvent>().LastOrDefault();
        var facts = PathwayFacts.From(journey).WithPniConfirmed(source.PniConfirmedOn);
        Integration = facts.Integration;
        Exit = facts.Exit;
        PniStart = facts.PniStart;
        PniEnd = PniStart?.AddMonths(source.PniMonths);
    }

    public Person Person { get; }
    public TrackingMonth Month { get; }
    public ReferralEvent Referral { get; }

    /// <summary>The facts from the referral up to the month's end, by date then natural order.</summary>
    public IReadOnlyList<JourneyEvent> Journey { get; }
    public FirstContactEvent? FirstContact { get; }
    public RefusalEvent? Refusal { get; }
    public IntegrationEvent? Integration { get; }
    public ExitEvent? Exit { get; }
    public DateOnly? PniStart { get; }
    public DateOnly? PniEnd { get; }

    public bool InMonth(DateOnly day) => day >= Month.First && day <= Month.Last;

    /// <summary>
    /// The person's line for <paramref name="month"/> when they were referred by <paramref name="partnerCode"/> and have
    /// something to report: a fact dated in the month, a step running in it, an answer of France Travail in it, or a
    /// pathway open during it. Null otherwise.
    /// </summary>
    public static TrackingLine? For(TrackingPerson source, string partnerCode, TrackingMonth month)
    {
        var events = source.Person.Events.Where(e => e.Date <= month.Last)
            .OrderBy(e => e.Date).ThenBy(e => JourneyOrderRules.Rank(e.Type)).ThenBy(e => e.Seq).ToList();
        if (events.OfType<ReferralEvent>().LastOrDefault() is not { } referral) return null;
        if (!string.Equals(referral.PrescriberOrg, partnerCode, StringComparison.OrdinalIgnoreCase)) return null;
        var start = events.IndexOf(referral);
        var journey = events.Skip(start).ToList();
        var line = new TrackingLine(source, month, referral, journey);
        return line.HasNews ? line : null;
    }

    private bool HasNews =>
        Journey.Any(e => InMonth(e.Date))
        || Steps.Any()
        || Journey.OfType<RequestEvent>().Any(r => r.OutcomeDate is { } on && InMonth(on))
        || Integration is not null && (Exit is null || Exit.Date >= Month.First);

    /// <summary>Absences of the month: a first contact or an information collective missed, an absence at a convocation.</summary>
    public IEnumerable<DateOnly> Absences => Journey.Where(e => InMonth(e.Date) && e switch
    {
        FirstContactEvent f => !f.Attended,
        InfoSessionEvent i => !i.Attended,
        AbsenceEvent => true,
        _ => false,
    }).Select(e => e.Date).Distinct();

    /// <summary>Steps, contracts and trainings running during the month, by start.</summary>
    public IEnumerable<PeriodEvent> Steps => Journey.OfType<PeriodEvent>()
        .Where(p => (p is StepEvent or ContractEvent or TrainingEvent) && (p.End is null || p.End >= Month.First));

    public IEnumerable<BreachEvent> Breaches => Journey.OfType<BreachEvent>().Where(b => InMonth(b.Date));
    public IEnumerable<RequestEvent> Requests => Journey.OfType<RequestEvent>().Where(r => InMonth(r.Date));
    public IEnumerable<RequestEvent> Answers => Journey.OfType<RequestEvent>().Where(r => r.OutcomeDate is { } on && InMonth(on));
}
