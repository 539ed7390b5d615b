using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// A person's intake read from their facts: the latest referral and what followed it, in the journey's natural order
/// (the order rules of contract §4.2: same-day facts go referral → info session → first contact → diagnostic → refusal →
/// integration → exit). <see cref="Since"/> is the date the person entered <see cref="Stage"/>.
/// </summary>
public sealed record Intake(IntakeStage Stage, DateOnly? Since, ReferralEvent? Referral, bool AbsentAtFirstContact)
{
    /// <summary>Waiting for the integration decision: received or in diagnostic, nothing decided since the referral.</summary>
    public bool AwaitsDecision => Stage is IntakeStage.FirstContactDone or IntakeStage.Diagnostic;

    public static Intake Of(IEnumerable<JourneyEvent> events)
    {
        var ordered = Referrals.JourneyOrder.Sort(events).ToList();
        var pathway = PathwayFacts.From(ordered);
        var at = ordered.FindLastIndex(e => e is ReferralEvent);
        var referral = at < 0 ? null : (ReferralEvent)ordered[at];
        if (pathway.InPathway) return new(IntakeStage.InPathway, pathway.Integration!.Date, referral, false);
        if (referral is null) return new(IntakeStage.None, null, null, false);
        var after = ordered.Skip(at + 1).ToList();
        if (after.OfType<ExitEvent>().LastOrDefault() is { } exit) return new(IntakeStage.Exited, exit.Date, referral, false);
        if (after.OfType<RefusalEvent>().LastOrDefault() is { } refusal) return new(IntakeStage.Refused, refusal.Date, referral, false);
        if (after.OfType<DiagnosticStartEvent>().FirstOrDefault() is { } diagnostic) return new(IntakeStage.Diagnostic, diagnostic.Date, referral, false);
        if (after.OfType<FirstContactEvent>().FirstOrDefault(f => f.Attended) is { } received) return new(IntakeStage.FirstContactDone, received.Date, referral, false);
        return new(IntakeStage.AwaitingFirstContact, referral.Date, referral, after.OfType<FirstContactEvent>().Any(f => !f.Attended));
    }

}
