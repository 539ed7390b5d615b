using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The facts of a PLIE's year that the Bilan quantitatif counts, each with the referral that opened its journey, in two
/// set-based queries (no person is loaded): the year's facts from the (plie_id, type, date) index, then the referrals,
/// exits and refusals of the people concerned (plie_id, person_id, …), from which each fact's opening referral is found
/// in memory. Not one query with a correlated look-up per fact: at national scale (docs/benchmarks.md, « Bilan
/// quantitatif et rapport d'activité ») the per-fact sub-plans and their cost estimate (which turns PostgreSQL's JIT on)
/// made it 2.5 times slower than the hand-written SQL; the look-up in memory costs microseconds per fact.
/// </summary>
/// <remarks>
/// « The referral that opened their journey » (contract §6): a journey ends with an exit or a refusal, and the next
/// referral opens a new one (Exchange/JourneyOrderRules: « a new referral … opens a new journey »; Referrals/JourneyOrder:
/// a refusal closes the referral). So the opening referral of a fact dated D is the person's first referral (by date,
/// then as recorded) with no exit or refusal dated between it and D (D excluded: an exit belongs to the journey it
/// closes, a same-day refusal comes after the same-day facts); said otherwise, the first referral dated after the
/// person's last exit or refusal dated before D. A re-referral while the journey is open (absent at the first contact,
/// referred again) does not open a new one. A fact before any referral of its journey (an information collective before
/// the fiche de liaison) belongs to the referral that follows it.
/// </remarks>
internal static class BilanFactQuery
{
    // Contract §4.1 codes read by the query (the discriminator and the shared "code" column).
    private const string Flow = "flow", FranceTravail = "france_travail", Joint = "joint";

    /// <param name="journeyEvents">The facts as the caller may read them: the tenant-filtered set, or the unfiltered one for the
    /// regional indicators (aggregates of a PLIE the caller's scope was checked for, <see cref="BilanQuantitatif.RegionalFiguresAsync"/>).</param>
    public static async Task<List<BilanFact>> ReadAsync(IQueryable<JourneyEvent> journeyEvents, Guid plieId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var events = journeyEvents.AsNoTracking().Where(e => e.PlieId == plieId);
        var counted = events
            .Where(e => e.Date >= from && e.Date <= to)
            .Where(e => (e is ReferralEvent && ((ReferralEvent)e).Channel == Flow)
                || (e is InfoSessionEvent && ((InfoSessionEvent)e).Attended
                    && (((InfoSessionEvent)e).Organiser == FranceTravail || ((InfoSessionEvent)e).Organiser == Joint))
                || (e is FirstContactEvent && ((FirstContactEvent)e).Attended)
                || e is DiagnosticStartEvent || e is IntegrationEvent || e is ExitEvent);
        var facts = await counted
            .Select(e => new { e.Id, e.PersonId, Type = EF.Property<string>(e, "type"), Reason = e is ExitEvent ? ((ExitEvent)e).Reason : null, e.Date })
            .ToListAsync(ct);
        if (facts.Count == 0) return [];
        var bounds = (await events
            .Where(e => (e is ReferralEvent || e is ExitEvent || e is RefusalEvent) && counted.Select(c => c.PersonId).Contains(e.PersonId))
            .Select(e => new JourneyBound(e.PersonId, e.Date, e.Seq, e is ReferralEvent,
                e is ReferralEvent ? ((ReferralEvent)e).PrescriberKind : null, e is ReferralEvent ? ((ReferralEvent)e).PrescriberOrg : null))
            .ToListAsync(ct))
            .ToLookup(b => b.PersonId);
        return [.. facts.Select(f =>
        {
            var opening = Opening(bounds[f.PersonId], f.Date);
            return new BilanFact(f.Id, f.PersonId, f.Type, f.Reason, opening?.Kind, opening?.Org);
        })];
    }

    /// <summary>The referral that opened the journey a fact dated <paramref name="day"/> belongs to (null: none recorded).</summary>
    private static JourneyBound? Opening(IEnumerable<JourneyBound> bounds, DateOnly day)
    {
        DateOnly? lastClosed = null;
        JourneyBound? opening = null;
        foreach (var b in bounds)
            if (!b.Referral && b.Date < day && (lastClosed is null || b.Date > lastClosed)) lastClosed = b.Date;
        foreach (var b in bounds)
            if (b.Referral && (lastClosed is null || b.Date > lastClosed)
                && (opening is null || b.Date < opening.Date || b.Date == opening.Date && b.Seq < opening.Seq))
                opening = b;
        return opening;
    }

    private sealed record JourneyBound(Guid PersonId, DateOnly Date, int Seq, bool Referral, string? Kind, string? Org);
}
