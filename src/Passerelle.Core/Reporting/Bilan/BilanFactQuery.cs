using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The facts of a PLIE's year that the Bilan quantitatif counts, each with the referral that opened its journey, in one
/// set-based query (no person is loaded): the year's facts come from the (plie_id, type, date) index, the opening referral
/// from a correlated look-up on the person's facts (plie_id, person_id, …).
/// </summary>
/// <remarks>
/// « The referral that opened their journey » (contract §6): a journey ends with an exit or a refusal, and the next
/// referral opens a new one (Exchange/JourneyOrderRules: « a new referral … opens a new journey »; Referrals/JourneyOrder:
/// a refusal closes the referral). So the opening referral of a fact dated D is the person's first referral (by date,
/// then as recorded) with no exit or refusal dated between it and D (D excluded: an exit belongs to the journey it
/// closes, a same-day refusal comes after the same-day facts). A re-referral while the journey is open (absent at the
/// first contact, referred again) does not open a new one. A fact before any referral of its journey (an information
/// collective before the fiche de liaison) belongs to the referral that follows it.
/// </remarks>
internal static class BilanFactQuery
{
    // Contract §4.1 codes read by the query (the discriminator and the shared "code" column).
    private const string Flow = "flow", FranceTravail = "france_travail", Joint = "joint";

    /// <param name="journeyEvents">The facts as the caller may read them: the tenant-filtered set, or the unfiltered one for the
    /// regional indicators (aggregates of a PLIE the caller's scope was checked for, <see cref="BilanQuantitatif.RegionalFiguresAsync"/>).</param>
    public static IQueryable<BilanFact> Of(IQueryable<JourneyEvent> journeyEvents, Guid plieId, DateOnly from, DateOnly to)
    {
        var events = journeyEvents.Where(e => e.PlieId == plieId);
        var referrals = journeyEvents.OfType<ReferralEvent>().Where(r => r.PlieId == plieId);
        // The opening referral of each fact, as two correlated scalar sub-selects (its kind, its agency), each an index
        // look-up on the person's facts. Not a join on a sub-select: the planners would re-run it for every pair of rows.
        return events
            .Where(e => e.Date >= from && e.Date <= to)
            .Where(e => (e is ReferralEvent && ((ReferralEvent)e).Channel == Flow)
                || (e is InfoSessionEvent && ((InfoSessionEvent)e).Attended
                    && (((InfoSessionEvent)e).Organiser == FranceTravail || ((InfoSessionEvent)e).Organiser == Joint))
                || (e is FirstContactEvent && ((FirstContactEvent)e).Attended)
                || e is DiagnosticStartEvent || e is IntegrationEvent || e is ExitEvent)
            .Select(e => new BilanFact(
                e.Id,
                e.PersonId,
                EF.Property<string>(e, "type"),
                e is ExitEvent ? ((ExitEvent)e).Reason : null,
                referrals
                    .Where(r => r.PersonId == e.PersonId && !events.Any(b => b.PersonId == e.PersonId
                        && (b is ExitEvent || b is RefusalEvent) && b.Date >= r.Date && b.Date < e.Date))
                    .OrderBy(r => r.Date).ThenBy(r => r.Seq).Select(r => r.PrescriberKind).FirstOrDefault(),
                referrals
                    .Where(r => r.PersonId == e.PersonId && !events.Any(b => b.PersonId == e.PersonId
                        && (b is ExitEvent || b is RefusalEvent) && b.Date >= r.Date && b.Date < e.Date))
                    .OrderBy(r => r.Date).ThenBy(r => r.Seq).Select(r => r.PrescriberOrg).FirstOrDefault()));
    }
}
