using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Commission;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Conventions;

/// <summary>
/// What a France Travail PLIE correspondent reads online (issue 5 item 3: « le correspondant … télécharge les mêmes tableaux
/// et les procès-verbaux de commission directement, au lieu de les recevoir par courriel ; il ne voit rien d'autre »): only
/// where a convention in force between their agency and a PLIE has <see cref="Convention.CorrespondentAccess"/>, the
/// tracking tables registered under such a convention (the same encrypted zips) and the minutes of that PLIE's commission
/// sessions. The tenant filters hide every PLIE from a partner; this desk reads past them on those conventions only, and
/// anything else is not found. Each download is audited.
/// </summary>
public sealed class CorrespondentDesk(PasserelleDbContext db, ActorContext actor, AuditLog audit, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The conventions in force that open the desk to the actor's agency (none for anyone but a correspondent).</summary>
    public async Task<IReadOnlyList<Convention>> ConventionsAsync(CancellationToken ct = default)
    {
        if (actor.Role != Role.FtCorrespondent || actor.OrganisationId is not { } agency) return [];
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return await db.Conventions.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.PartnerId == agency && c.CorrespondentAccess && c.StartsOn <= today && c.EndsOn >= today)
            .ToListAsync(ct);
    }

    public async Task<IReadOnlyList<CorrespondentTable>> TablesAsync(CancellationToken ct = default)
    {
        var ids = (await ConventionsAsync(ct)).Select(c => c.Id).ToList();
        if (ids.Count == 0) return [];
        var names = await PlieNamesAsync(ct);
        return [.. (await db.TrackingDispatches.IgnoreQueryFilters().AsNoTracking().Where(d => ids.Contains(d.ConventionId))
                .Select(d => new { d.Id, d.PlieId, d.Month, d.ProducedAt, d.Rows, d.Sha256, d.FileName }).ToListAsync(ct))
            .OrderByDescending(d => d.Month).ThenByDescending(d => d.ProducedAt)
            .Select(d => new CorrespondentTable(d.Id, names.GetValueOrDefault(d.PlieId, ""), d.Month, d.ProducedAt, d.Rows, d.Sha256, d.FileName))];
    }

    /// <summary>The encrypted zip of a table the desk lists, audited (<c>correspondent.tracking</c>); null otherwise.</summary>
    public async Task<(byte[] Content, string FileName)?> TableAsync(Guid dispatchId, CancellationToken ct = default)
    {
        var ids = (await ConventionsAsync(ct)).Select(c => c.Id).ToList();
        var dispatch = await db.TrackingDispatches.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == dispatchId && ids.Contains(d.ConventionId), ct);
        if (dispatch is null) return null;
        await audit.RecordReadAsync("correspondent.tracking", "tracking_dispatch", dispatch.Id, dispatch.PlieId,
            new { sha256 = dispatch.Sha256, month = dispatch.Month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) }, ct);
        return (dispatch.Content, dispatch.FileName);
    }

    /// <summary>The sessions of the PLIEs the desk opens that took at least one decision, latest first.</summary>
    public async Task<IReadOnlyList<CorrespondentSession>> SessionsAsync(CancellationToken ct = default)
    {
        var plies = (await ConventionsAsync(ct)).Select(c => c.PlieId).Distinct().ToList();
        if (plies.Count == 0) return [];
        var names = await PlieNamesAsync(ct);
        var sessions = await db.CommissionSessions.IgnoreQueryFilters().AsNoTracking().Where(s => plies.Contains(s.PlieId))
            .Select(s => new
            {
                s.Id,
                s.PlieId,
                s.Date,
                s.Kind,
                Integrations = s.Items.Count(i => i.Decision == CommissionCodes.Integrate),
                Decisions = s.Items.Count(i => i.Decision != null),
            })
            .ToListAsync(ct);
        return [.. sessions.Where(s => s.Decisions > 0).OrderByDescending(s => s.Date)
            .Select(s => new CorrespondentSession(s.Id, names.GetValueOrDefault(s.PlieId, ""), s.Date,
                CommissionCodes.Label(CommissionCodes.SessionKinds, s.Kind), s.Integrations, s.Decisions))];
    }

    /// <summary>
    /// The minutes (DOCX, <see cref="CommissionMinutes"/>) of a session the desk lists, built in a scope that sees that PLIE
    /// only; audited (<c>correspondent.minutes</c>, and <c>person.minutes</c> for each person named). Null otherwise.
    /// </summary>
    public async Task<(byte[] Content, string FileName)?> MinutesAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (actor.UserId is not { } user || actor.OrganisationId is not { } agency) return null;
        var plies = (await ConventionsAsync(ct)).Select(c => c.PlieId).Distinct().ToList();
        var session = await db.CommissionSessions.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == sessionId && plies.Contains(s.PlieId) && s.Items.Any(i => i.Decision != null))
            .Select(s => new { s.Id, s.PlieId }).SingleOrDefaultAsync(ct);
        if (session is null) return null;
        await using var scope = scopes.CreateAsyncScope();
        var inner = scope.ServiceProvider.GetRequiredService<ActorContext>();
        inner.ReadForPartner(user, Role.FtCorrespondent, agency, session.PlieId, actor.Channel);
        inner.Origin = actor.Origin;
        var minutes = await scope.ServiceProvider.GetRequiredService<CommissionMinutes>().BuildAsync(session.Id, ct);
        if (minutes is null) return null;
        await audit.RecordReadAsync("correspondent.minutes", "commission_session", session.Id, session.PlieId, null, ct);
        return minutes;
    }

    private async Task<Dictionary<Guid, string>> PlieNamesAsync(CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
}
