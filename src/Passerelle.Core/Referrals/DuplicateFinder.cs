using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Duplicate and double-pathway detection for every entry of a person (the fiche de liaison, <c>POST /api/v1/referrals</c>,
/// list imports): same France Travail id, or same birth date and matching names (<see cref="NameMatching"/>), in the
/// target PLIE; and an active pathway in another PLIE of the instance (000 art. 3-4 a: the counsellor checks the person
/// is not already followed by the PLIE or another programme). The check looks across tenants on purpose, so it reads
/// without the tenant filters, on the PLIE of the instance only, and answers about another PLIE nothing but "in a
/// pathway there". Every person the check matched leaves a <c>referral.duplicate_check</c> audit line (with that
/// person's PLIE, so its DPO sees the look-up); the lines join the context's pending changes: the caller saves them.
/// Batches: one query per 500 birth dates or France Travail ids, whatever the number of identities; a batch of several
/// identities (a list import) leaves listing lines (ids in the detail) rather than one line per person matched.
/// </summary>
public sealed class DuplicateFinder(PasserelleDbContext db, AuditLog audit)
{
    private const int Chunk = 500;
    private const int ListingChunk = 1000;

    public async Task<DuplicateReport> FindAsync(IdentityProbe probe, Guid plieId, CancellationToken ct = default) =>
        (await FindAsync([probe], plieId, ct))[0];

    /// <summary>One report per identity, in the order given, against the people of <paramref name="plieId"/> and the other PLIE.</summary>
    public async Task<IReadOnlyList<DuplicateReport>> FindAsync(IReadOnlyList<IdentityProbe> probes, Guid plieId, CancellationToken ct = default)
    {
        if (probes.Count == 0) return [];
        var plies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie).Select(o => o.Id).ToListAsync(ct);
        var known = await KnownAsync(plies, probes, ct);
        // Only a known identity born the same day or bearing the same id can match: each probe is compared with those
        // alone, not with every identity read (a 20,000-line list against as many people would be 400 million comparisons).
        var byBirth = known.ToLookup(k => k.BirthDate);
        var byFtId = known.Where(k => k.FranceTravailId is not null).ToLookup(k => k.FranceTravailId!, StringComparer.Ordinal);
        var matches = probes.Select(p => byBirth[p.BirthDate]
            .Concat(NormaliseFranceTravailId(p.FranceTravailId) is { } id ? byFtId[id] : [])
            .Distinct()
            .Select(k => (Known: k, Reasons: Match(p, k))).Where(m => m.Reasons != DuplicateReasons.None).ToList()).ToList();
        var matched = matches.SelectMany(m => m).Select(m => m.Known).DistinctBy(k => (k.PlieId, k.PersonId)).ToList();
        var states = await StatesAsync(plies, matched.Select(k => k.PersonId).ToList(), ct);

        if (probes.Count == 1)
            foreach (var k in matched) audit.Record("referral.duplicate_check", "person", k.PersonId, k.PlieId);
        else
            // A list checked at once: one listing line per PLIE and per 1,000 people matched (docs/audit-events.md, "Listings").
            foreach (var plie in matched.GroupBy(k => k.PlieId))
                foreach (var ids in plie.Select(k => k.PersonId).Chunk(ListingChunk))
                    audit.Record("referral.duplicate_check", "person", null, plie.Key, AuditListing.Detail(ids));
        return matches.Select(found => new DuplicateReport(
            [.. found.Where(m => m.Known.PlieId == plieId).Select(m => new DuplicateCandidate(m.Known.PersonId, m.Reasons, states.GetValueOrDefault(m.Known.PersonId)))],
            // Elsewhere, only the same person counts (a colliding id says nothing of them) and only while in a pathway.
            found.Any(m => m.Known.PlieId != plieId && m.Reasons != DuplicateReasons.FranceTravailIdCollision
                && states.GetValueOrDefault(m.Known.PersonId) == JourneyState.InPathway))).ToList();
    }

    /// <summary>The reasons why <paramref name="known"/> may be the person <paramref name="probe"/> describes.</summary>
    internal static DuplicateReasons Match(IdentityProbe probe, KnownIdentity known)
    {
        var sameName = probe.BirthDate == known.BirthDate
            && NameMatching.SamePerson(probe.LastName, probe.BirthName, probe.FirstName, known.LastName, known.BirthName, known.FirstName);
        var ftId = NormaliseFranceTravailId(probe.FranceTravailId);
        var sameFtId = ftId is not null && ftId == known.FranceTravailId;
        return (sameFtId, sameName) switch
        {
            (true, true) => DuplicateReasons.FranceTravailId | DuplicateReasons.NameAndBirthDate,
            (true, false) => DuplicateReasons.FranceTravailIdCollision,
            (false, true) => DuplicateReasons.NameAndBirthDate,
            _ => DuplicateReasons.None,
        };
    }

    public static string? NormaliseFranceTravailId(string? id) => string.IsNullOrWhiteSpace(id) ? null : id.Trim().ToUpperInvariant();

    private async Task<List<KnownIdentity>> KnownAsync(List<Guid> plies, IReadOnlyList<IdentityProbe> probes, CancellationToken ct)
    {
        // The tenant filters are lifted here and only here; the PLIE list keeps each look-up on the (plie_id, …) indexes.
        var identities = db.PersonIdentities.IgnoreQueryFilters().AsNoTracking().Where(i => plies.Contains(i.PlieId));
        var found = new List<KnownIdentity>();
        foreach (var births in probes.Select(p => p.BirthDate).Distinct().Chunk(Chunk))
            found.AddRange(await identities.Where(i => births.Contains(i.BirthDate)).Select(Known).ToListAsync(ct));
        foreach (var ids in probes.Select(p => NormaliseFranceTravailId(p.FranceTravailId)).OfType<string>().Distinct().Chunk(Chunk))
            found.AddRange(await identities.Where(i => i.FranceTravailId != null && ids.Contains(i.FranceTravailId)).Select(Known).ToListAsync(ct));
        return found.DistinctBy(k => (k.PlieId, k.PersonId)).ToList();
    }

    private static readonly System.Linq.Expressions.Expression<Func<PersonIdentity, KnownIdentity>> Known =
        i => new KnownIdentity(i.PlieId, i.PersonId, i.LastName, i.FirstName, i.BirthName, i.BirthDate, i.FranceTravailId);

    private async Task<Dictionary<Guid, JourneyState>> StatesAsync(List<Guid> plies, List<Guid> persons, CancellationToken ct)
    {
        var states = new Dictionary<Guid, JourneyState>();
        foreach (var ids in persons.Chunk(Chunk))
        {
            var events = await db.JourneyEvents.IgnoreQueryFilters().AsNoTracking()
                .Where(e => plies.Contains(e.PlieId) && ids.Contains(e.PersonId)).ToListAsync(ct);
            foreach (var person in events.GroupBy(e => e.PersonId)) states[person.Key] = JourneyOrder.StateOf(person);
        }
        return states;
    }
}
