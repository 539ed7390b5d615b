using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;

namespace Passerelle.Core.Journeys;

/// <summary>
/// The few figures a PLIE's home page shows, read from the journey facts of the actor's PLIE (tenant filters apply):
/// people in pathway (last integration not followed by an exit), referrals awaiting a decision (last referral not
/// followed by an integration, a refusal or an exit) and exits of the year. Counts only: no audit line needed.
/// </summary>
public sealed class JourneyFigures(PasserelleDbContext db)
{
    public async Task<HomeFigures> ForHomeAsync(int year, string? referentEmail, CancellationToken ct = default)
    {
        var persons = db.Persons.AsNoTracking();
        var inPathway = persons.Where(p =>
            p.Events.OfType<IntegrationEvent>().Any()
            && !p.Events.OfType<ExitEvent>().Any(x => x.Date >= p.Events.OfType<IntegrationEvent>().Max(i => i.Date)));
        var awaiting = persons.Where(p =>
            p.Events.OfType<ReferralEvent>().Any()
            && !p.Events.Any(e => (e is IntegrationEvent || e is RefusalEvent || e is ExitEvent)
                && e.Date >= p.Events.OfType<ReferralEvent>().Max(r => r.Date)));
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        int? mine = null;
        if (referentEmail is not null)
            mine = await inPathway.CountAsync(p => p.Events.OfType<IntegrationEvent>()
                .OrderByDescending(i => i.Date).ThenByDescending(i => i.Seq).Select(i => i.Referent).FirstOrDefault() == referentEmail, ct);
        return new HomeFigures(
            await inPathway.CountAsync(ct),
            await awaiting.CountAsync(ct),
            await db.JourneyEvents.AsNoTracking().OfType<ExitEvent>().CountAsync(x => x.Date >= from && x.Date <= to, ct),
            mine);
    }
}
