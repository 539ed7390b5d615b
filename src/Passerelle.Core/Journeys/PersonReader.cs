using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;

namespace Passerelle.Core.Journeys;

/// <summary>
/// Reads of people, for pages and the API. Tenant isolation comes from the context's filters: a person of
/// another PLIE is simply not found. Every person returned leaves an audit line.
/// </summary>
public sealed class PersonReader(PasserelleDbContext db, AuditLog audit)
{
    public async Task<Person?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var person = await db.Persons.AsNoTracking()
            .Include(p => p.Identity)
            .Include(p => p.Events)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, ct);
        if (person is not null)
            await audit.RecordReadAsync("person.read", "person", person.Id, person.PlieId, ct: ct);
        return person;
    }

    /// <summary>People matching all the given criteria (name is matched on the normalised "LAST FIRST" key).</summary>
    public async Task<IReadOnlyList<PersonSummary>> SearchAsync(PersonSearch search, CancellationToken ct = default)
    {
        var q = db.PersonIdentities.AsNoTracking().Join(db.Persons, i => new { i.PlieId, i.PersonId }, p => new { p.PlieId, PersonId = p.Id },
            (i, p) => new { i, p });
        if (!string.IsNullOrWhiteSpace(search.Ref)) q = q.Where(x => x.p.Ref == search.Ref.Trim());
        if (!string.IsNullOrWhiteSpace(search.FranceTravailId)) q = q.Where(x => x.i.FranceTravailId == search.FranceTravailId.Trim().ToUpperInvariant());
        if (search.BirthDate is { } birth) q = q.Where(x => x.i.BirthDate == birth);
        if (!string.IsNullOrWhiteSpace(search.Name))
        {
            // Each word typed must begin a word of "LAST FIRST": "eloise martin" finds MARTIN-DURAND Éloïse.
            foreach (var word in SearchKeys.Normalise(search.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                q = q.Where(x => x.i.SearchKey.StartsWith(word) || x.i.SearchKey.Contains(" " + word));
        }
        var found = await q.OrderBy(x => x.i.SearchKey).Take(search.Take)
            .Select(x => new PersonSummary(x.p.Id, x.p.PlieId, x.p.Ref, x.i.LastName, x.i.FirstName, x.i.BirthDate, x.i.FranceTravailId))
            .ToListAsync(ct);
        foreach (var s in found) audit.Record("person.search", "person", s.Id, s.PlieId);
        if (found.Count > 0) await db.SaveChangesAsync(ct);
        return found;
    }
}
