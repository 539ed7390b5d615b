using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Conventions;

/// <summary>
/// The conventions register of the actor's PLIE (issue 5 item 1): list, read, create, change, and the alerts of those
/// nearing their end. A convention of another PLIE is not found (query filters), exactly like a missing one.
/// </summary>
public sealed class ConventionService(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock)
{
    public async Task<IReadOnlyList<ConventionListItem>> ListAsync(CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking().Include(c => c.Correspondents).ToListAsync(ct);
        var partners = await PartnerMapAsync(ct);
        return [.. conventions
            .Select(c => new ConventionListItem(c, partners.GetValueOrDefault(c.PartnerId)?.Code ?? "", partners.GetValueOrDefault(c.PartnerId)?.Name ?? ""))
            .OrderByDescending(c => c.Convention.EndsOn).ThenBy(c => c.PartnerName)];
    }

    public async Task<Convention?> GetAsync(Guid id, CancellationToken ct = default) =>
        await db.Conventions.AsNoTracking().Include(c => c.Correspondents).SingleOrDefaultAsync(c => c.Id == id, ct);

    /// <summary>The organisations a PLIE signs conventions with: France Travail agencies and Départements.</summary>
    public async Task<IReadOnlyList<Organisation>> PartnersAsync(CancellationToken ct = default) =>
        await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.FranceTravailAgency || o.Kind == OrganisationKind.Departement)
            .OrderBy(o => o.Name).ToListAsync(ct);

    public async Task<IReadOnlyList<ConventionAlert>> AlertsAsync(DateOnly today, CancellationToken ct = default) =>
        ConventionRules.Alerts(await db.Conventions.AsNoTracking().ToListAsync(ct), today);

    /// <summary>Creates (<paramref name="id"/> null) or changes a convention. Null when <paramref name="id"/> is not found.</summary>
    public async Task<Outcome?> SaveAsync(Guid? id, ConventionInput input, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId)
            return Outcome.Refused(new FieldError("", "Seul un utilisateur d'un PLIE tient le registre de ses conventions."));
        Convention? convention = null;
        if (id is { } existing)
        {
            convention = await db.Conventions.Include(c => c.Correspondents).SingleOrDefaultAsync(c => c.Id == existing, ct);
            if (convention is null) return null;
        }
        var partners = (await PartnersAsync(ct)).Select(p => p.Id).ToList();
        var errors = ConventionRules.Check(input, partners);
        if (input.CorrespondentAccess && input.PartnerId is { } partnerId
            && !await db.Organisations.AnyAsync(o => o.Id == partnerId && o.Kind == OrganisationKind.FranceTravailAgency, ct))
            errors.Add(new FieldError("correspondentAccess", "l'accès en ligne des correspondants est réservé aux conventions avec une agence France Travail."));
        if (errors.Count > 0) return Outcome.Refused(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        if (convention is null)
        {
            convention = new Convention { PlieId = plieId, Title = "", Kind = "", Frequency = "", Channel = "", CreatedAt = now };
            db.Conventions.Add(convention);
        }
        convention.Title = input.Title!.Trim();
        convention.Kind = input.Kind!;
        convention.PartnerId = input.PartnerId!.Value;
        convention.StartsOn = input.StartsOn!.Value;
        convention.EndsOn = input.EndsOn!.Value;
        convention.ReviewOn = input.ReviewOn;
        convention.Frequency = input.Frequency!;
        convention.DueBeforeDay = input.DueBeforeDay!.Value;
        convention.Channel = input.Channel!;
        // In the catalogue's order, once each: the table's columns follow it.
        convention.AllowedItems = [.. DataItems.All.Select(i => i.Key).Where(input.AllowedItems.Contains)];
        convention.RetentionMonthsAfterEnd = input.RetentionMonthsAfterEnd!.Value;
        convention.RetentionMonthsAfterAccompaniment = input.RetentionMonthsAfterAccompaniment;
        convention.CorrespondentAccess = input.CorrespondentAccess;
        db.ConventionCorrespondents.RemoveRange(convention.Correspondents);
        convention.Correspondents = [.. input.Correspondents.Select(c => new ConventionCorrespondent
        {
            PlieId = plieId,
            ConventionId = convention.Id,
            Role = c.Role!,
            Side = c.Side!,
            Organisation = c.Organisation!.Trim(),
        })];
        convention.UpdatedAt = now;
        convention.UpdatedBy = actor.UserId;
        var partnerCode = (await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == convention.PartnerId, ct)).Code;
        audit.Record(id is null ? "convention.create" : "convention.update", "convention", convention.Id, plieId,
            new { kind = convention.Kind, partner = partnerCode, items = convention.AllowedItems.Count, correspondentAccess = convention.CorrespondentAccess });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(convention.Id);
    }

    private async Task<Dictionary<Guid, Organisation>> PartnerMapAsync(CancellationToken ct) =>
        (await PartnersAsync(ct)).ToDictionary(o => o.Id);
}
