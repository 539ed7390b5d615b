using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// Which PLIE an actor may read the aggregates of (figures, never people): the regional pilot indicators and the Bilan
/// qualitatif (000 art. 7 and Annexes 1-2: compiled for the regional correspondents of France Travail and of the PLIE;
/// 002 art. 7: « consolidés ensemble entre coordonnateurs du PLIE et la Direction de Pôle emploi »). Needs
/// <see cref="Permission.ReadRegionalIndicators"/>; the organisation then sets the scope:
/// <list type="bullet">
/// <item>the command line and the platform organisation: every PLIE of the instance (the region);</item>
/// <item>a carrier (EPCI, EPT, Métropole): the PLIE it carries;</item>
/// <item>a France Travail agency: the PLIE with a convention with it in their register;</item>
/// <item>a PLIE: its director, the PLIE of its own carrier (itself when no carrier is recorded); anyone else, itself.</item>
/// </list>
/// Reads organisations, protocols and conventions across the tenant filter to find the scope; never a person.
/// </summary>
public sealed class RegionalScope(PasserelleDbContext db, ActorContext actor, CommuneReferential communes)
{
    /// <summary>
    /// The PLIE whose aggregates the actor reads: the regional scope (<see cref="PliesAsync"/>), else their own PLIE for a user
    /// of a PLIE who reads its reports (the Bilan qualitatif of one's own conventions), else null.
    /// </summary>
    public async Task<IReadOnlyList<ScopedPlie>?> ReadableAsync(CancellationToken ct = default)
    {
        if (await PliesAsync(ct) is { } plies) return plies;
        if (actor.PlieId is not { } own || !actor.Can(Permission.ReadReports)) return null;
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Id == own || o.Kind == OrganisationKind.Carrier).ToListAsync(ct);
        return await DescribeAsync(organisations.Where(o => o.Id == own).ToList(), organisations, ct);
    }

    /// <summary>The PLIE in scope, or null when the actor may not read several PLIE's aggregates at all.</summary>
    public async Task<IReadOnlyList<ScopedPlie>?> PliesAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadRegionalIndicators)) return null;
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.Kind == OrganisationKind.Plie || o.Kind == OrganisationKind.Carrier).ToListAsync(ct);
        var plies = organisations.Where(o => o.Kind == OrganisationKind.Plie).ToList();
        var own = actor.OrganisationId is { } orgId ? await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct) : null;
        IEnumerable<Organisation> visible = actor.AllPlies ? plies : own?.Kind switch
        {
            OrganisationKind.Platform => plies,
            OrganisationKind.Carrier => plies.Where(p => p.ParentId == own.Id),
            OrganisationKind.FranceTravailAgency => await ConventionedAsync(plies, own.Id, ct),
            OrganisationKind.Plie when actor.Role == Role.Director && own.ParentId is { } carrier => plies.Where(p => p.ParentId == carrier),
            OrganisationKind.Plie => plies.Where(p => p.Id == own.Id),
            _ => [],
        };
        return await DescribeAsync(visible.ToList(), organisations, ct);
    }

    private async Task<IReadOnlyList<ScopedPlie>> DescribeAsync(List<Organisation> chosen, List<Organisation> organisations, CancellationToken ct)
    {
        var ids = chosen.Select(p => p.Id).ToList();
        var protocols = await db.Protocols.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.PlieId)).ToListAsync(ct);
        var carriers = organisations.Where(o => o.Kind == OrganisationKind.Carrier).ToDictionary(o => o.Id);
        return [.. chosen.Select(p =>
        {
            var carrier = p.ParentId is { } c ? carriers.GetValueOrDefault(c) : null;
            var latest = protocols.Where(x => x.PlieId == p.Id).OrderByDescending(x => x.ValidFrom).FirstOrDefault();
            return new ScopedPlie(p.Id, p.Code, p.Name, carrier?.Code ?? "", carrier?.Name ?? "", latest is null ? "" : Department(latest));
        })];
    }

    private async Task<IEnumerable<Organisation>> ConventionedAsync(List<Organisation> plies, Guid agencyId, CancellationToken ct)
    {
        var ids = await db.Conventions.IgnoreQueryFilters().Where(c => c.PartnerId == agencyId).Select(c => c.PlieId).Distinct().ToListAsync(ct);
        return plies.Where(p => ids.Contains(p.Id));
    }

    /// <summary>
    /// The department of a PLIE: the one most communes of its protocol's territory belong to (INSEE: 2 characters, 3 overseas),
    /// "" when the territory names no known commune.
    /// </summary>
    private string Department(Protocols.Protocol protocol)
    {
        IReadOnlySet<string> codes;
        try
        {
            codes = communes.ResolveTerritory(protocol.Definition.Territory);
        }
        catch (ValidationException)
        {
            return "";
        }
        return codes.Select(c => communes.Find(c)?.Department).OfType<string>()
            .GroupBy(d => d).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault() ?? "";
    }
}
