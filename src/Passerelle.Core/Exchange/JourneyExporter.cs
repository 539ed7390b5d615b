using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exits;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Exchange;

/// <summary>
/// `export journeys` (contract §3-4): the PLIE's people in the interchange format, ordered by <c>ref</c>
/// (ordinal, the same on every database), events in their recorded order, streamed page by page.
/// Each exit event carries its <c>computed</c> field (contract §4.3), judged by the PLIE's protocol
/// (<see cref="ExitProtocols"/>); the import ignores it, so an export imports back unchanged.
/// </summary>
public sealed class JourneyExporter(PasserelleDbContext db, AuditLog audit)
{
    private const int PageSize = 1000;

    /// <summary>Writes the file and answers how many persons it holds.</summary>
    public async Task<int> ExportAsync(string plieCode, Stream output, CancellationToken ct = default)
    {
        var plie = await db.Organisations.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Code == plieCode && o.Kind == OrganisationKind.Plie, ct)
            ?? throw new ValidationException("--plie", $"Aucun PLIE ne porte le code « {plieCode} ».");
        var refs = await db.Persons.AsNoTracking().Where(p => p.PlieId == plie.Id)
            .Select(p => new { p.Ref, p.Id }).ToListAsync(ct);
        refs.Sort((a, b) => string.CompareOrdinal(a.Ref, b.Ref));
        var exits = new ExitProtocols(await db.Protocols.AsNoTracking().Where(p => p.PlieId == plie.Id).ToListAsync(ct));

        // Recorded before anything leaves: a read of personal data that cannot be audited does not happen.
        audit.Record("journey.export", "plie", plie.Id, plie.Id, new { persons = refs.Count });
        await db.SaveChangesAsync(ct);

        await using var writer = new JourneyWriter(output);
        writer.WriteStart(plie.Code);
        foreach (var page in refs.Chunk(PageSize))
        {
            var ids = page.Select(r => r.Id).ToList();
            var persons = await db.Persons.AsNoTracking().Where(p => p.PlieId == plie.Id && ids.Contains(p.Id))
                .Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
                .ToDictionaryAsync(p => p.Id, ct);
            foreach (var r in page)
                if (persons.TryGetValue(r.Id, out var person)) await writer.WritePersonAsync(exits.Annotate(JourneyMapping.ToDto(person)), ct);
        }
        await writer.WriteEndAsync(ct);
        return refs.Count;
    }
}
