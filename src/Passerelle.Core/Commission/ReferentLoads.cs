using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Commission;

/// <summary>
/// The referents of the actor's PLIE (active users of role <see cref="Role.Referent"/>) with the number of people in
/// pathway each follows today (<see cref="PathwayFacts.Referent"/>: the latest referent change, else the integration),
/// for choosing a referent at integration and for a handover. Two queries: the users, and the integrations, referent
/// changes and exits of the PLIE (ids, dates and e-mails only). Counts, no names of people: no audit line.
/// </summary>
public sealed class ReferentLoads(PasserelleDbContext db, ActorContext actor, EligibilityService eligibility)
{
    public async Task<IReadOnlyList<ReferentLoad>> ListAsync(DateOnly today, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId) return [];
        var users = await PlieReferents.Active(db, plieId).AsNoTracking()
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(ct);
        var counts = await InPathwayByReferentAsync(ct);
        var caseload = (await eligibility.ProtocolInForceAsync(plieId, today, ct))?.Definition.Caseload;
        return [.. users.Where(u => u.Email is not null)
            .Select(u => new ReferentLoad(u.Id, u.Email!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName,
                counts.GetValueOrDefault(u.Email!), caseload?.Min, caseload?.Max, caseload?.Average))
            .OrderBy(r => r.DisplayName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];
    }

    /// <summary>People in pathway by referent e-mail (case-insensitive), over the PLIE's facts.</summary>
    public async Task<IReadOnlyDictionary<string, int>> InPathwayByReferentAsync(CancellationToken ct = default)
    {
        var facts = await db.JourneyEvents.AsNoTracking()
            .Where(e => e is IntegrationEvent || e is ReferentChangeEvent || e is ExitEvent)
            .ToListAsync(ct);
        return facts.GroupBy(e => e.PersonId).Select(g => PathwayFacts.From(g))
            .Where(f => f.InPathway && f.Referent is not null)
            .GroupBy(f => f.Referent!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);
    }
}
