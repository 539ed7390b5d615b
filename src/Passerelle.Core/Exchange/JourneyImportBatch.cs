using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Writes validated persons by chunks inside the import's transaction: new refs are inserted, known refs are
/// compared with what is stored and replaced only when they differ. The change tracker is emptied after each
/// chunk so that memory stays flat whatever the size of the file.
/// </summary>
internal sealed class JourneyImportBatch(PasserelleDbContext db, AuditLog audit, Guid plieId, DateTime now, Dictionary<string, Guid> existing)
{
    public const int ChunkSize = 2000;
    private readonly List<JourneyPersonDto> pending = new(ChunkSize);

    public int Created { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }

    public async ValueTask AddAsync(JourneyPersonDto person, CancellationToken ct)
    {
        pending.Add(person);
        if (pending.Count >= ChunkSize) await FlushAsync(ct);
    }

    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.Count == 0) return;
        var ids = pending.Where(p => existing.ContainsKey(p.Ref)).Select(p => existing[p.Ref]).ToList();
        var stored = ids.Count == 0
            ? []
            : await db.Persons.Where(p => p.PlieId == plieId && ids.Contains(p.Id))
                .Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
                .ToDictionaryAsync(p => p.Ref, StringComparer.Ordinal, ct);
        foreach (var dto in pending)
        {
            if (stored.TryGetValue(dto.Ref, out var person)) Update(person, dto);
            else Create(dto);
        }
        // Added entities are tracked as added already; only replaced people need their changes detected.
        if (stored.Count > 0) db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        pending.Clear();
    }

    private void Create(JourneyPersonDto dto)
    {
        var person = JourneyEntities.NewPerson(dto, plieId, now);
        db.Persons.Add(person);
        existing[dto.Ref] = person.Id;
        Created++;
        audit.Record("person.import.create", "person", person.Id, plieId, new { events = dto.Events.Count });
    }

    private void Update(Person person, JourneyPersonDto dto)
    {
        if (JourneyDtoComparer.Same(JourneyMapping.ToDto(person), dto))
        {
            Unchanged++;
            return;
        }
        JourneyEntities.Apply(person, dto, now);
        if (person.Identity is { } identity) JourneyEntities.Apply(identity, dto);
        else db.PersonIdentities.Add(JourneyEntities.NewIdentity(person, dto));
        // The file is the truth for this person: their events are replaced as a whole, in the file's order.
        var old = person.Events.ToList();
        person.Events.Clear();
        db.JourneyEvents.RemoveRange(old);
        db.JourneyEvents.AddRange(JourneyEntities.Events(dto, person, now));
        Updated++;
        audit.Record("person.import.update", "person", person.Id, plieId, new { events = dto.Events.Count });
    }
}
