using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Writes the sorted lines of a list inside the import's transaction, by chunks (one query per chunk for the people
/// written to, one for the free references; the change tracker emptied after each chunk so memory stays flat). A
/// referral attached to a known person goes through the journey rules of a single fact (<see cref="SingleFactRules"/>,
/// as on the fiche de liaison); a line they refuse is reported and the caller rolls the whole import back.
/// </summary>
internal sealed class ReferralListWriter(PasserelleDbContext db, AuditLog audit, Guid plieId, Guid? sentBy, DateOnly today, DateTime now)
{
    public const int ChunkSize = 2000;

    public int Created { get; private set; }
    public int Attached { get; private set; }
    public int Updated { get; private set; }
    public int Unchanged { get; private set; }
    public int Skipped { get; private set; }
    public List<SheetError> Errors { get; } = [];

    public async Task WriteAsync(IReadOnlyList<ReferralListEntry> entries, CancellationToken ct)
    {
        foreach (var chunk in entries.Chunk(ChunkSize))
        {
            var targets = chunk.Where(e => e.Action is ReferralListAction.Attach or ReferralListAction.Update).Select(e => e.Target!.Value).Distinct().ToList();
            var persons = targets.Count == 0 ? [] : await db.Persons.IgnoreQueryFilters()
                .Where(p => p.PlieId == plieId && targets.Contains(p.Id)).Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
                .ToDictionaryAsync(p => p.Id, ct);
            var updated = chunk.Where(e => e.Action == ReferralListAction.Update).Select(e => e.Referral!.Value).ToList();
            var sheets = updated.Count == 0 ? [] : await db.ReferralSheets.IgnoreQueryFilters()
                .Where(s => s.PlieId == plieId && updated.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
            var refs = new Queue<string>(await FreeRefsAsync(chunk.Count(e => e.Action == ReferralListAction.Create), ct));
            foreach (var entry in chunk)
            {
                switch (entry.Action)
                {
                    case ReferralListAction.Create: Create(entry, refs.Dequeue()); break;
                    case ReferralListAction.Attach: Attach(entry, persons[entry.Target!.Value]); break;
                    case ReferralListAction.Update: Update(entry, persons[entry.Target!.Value], sheets.GetValueOrDefault(entry.Referral!.Value)); break;
                    case ReferralListAction.Unchanged: Unchanged++; break;
                    default: Skipped++; break;
                }
            }
            if (Errors.Count > 0) return;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }

    private void Create(ReferralListEntry entry, string reference)
    {
        var person = ReferralRecords.NewPerson(plieId, reference, entry.Person, now);
        var referral = ReferralRecords.NewFact(entry.Fact, plieId, person.Id, 0, now);
        person.Events.Add(referral);
        db.Persons.Add(person);
        var decision = entry.Suspected ? ReferralDecisions.NewConfirmed : ReferralDecisions.New;
        db.ReferralSheets.Add(ReferralRecords.Sheet(referral, entry.Person, entry.AgencyId, sentBy, decision, entry.Report, now));
        audit.Record("referral.import.create", "person", person.Id, plieId, ReferralRecords.Detail(referral, decision, entry.Report));
        Created++;
    }

    private void Attach(ReferralListEntry entry, Person person)
    {
        var journey = person.Events.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto).ToList();
        var found = new List<FactError>();
        if (SingleFactRules.Check(entry.Fact, journey, today, person.Identity?.BirthDate, found) is null)
        {
            Errors.AddRange(found.Select(f => new SheetError(entry.Row.Line, ReferralListImport.Column(f.Field),
                $"{f.Message} (la personne {person.Ref}, à qui la ligne est rattachée, a déjà ce parcours).")));
            return;
        }
        var referral = ReferralRecords.NewFact(entry.Fact, plieId, person.Id, person.Events.Count == 0 ? 0 : person.Events.Max(e => e.Seq) + 1, now);
        person.Events.Add(referral);
        db.JourneyEvents.Add(referral);
        ReferralRecords.FillIdentity(person.Identity, entry.Person);
        person.UpdatedAt = now;
        db.ReferralSheets.Add(ReferralRecords.Sheet(referral, entry.Person, entry.AgencyId, sentBy, ReferralDecisions.Attached, entry.Report, now));
        audit.Record("referral.import.attach", "person", person.Id, plieId, ReferralRecords.Detail(referral, ReferralDecisions.Attached, entry.Report));
        Attached++;
    }

    private void Update(ReferralListEntry entry, Person person, ReferralSheet? sheet)
    {
        var referral = (ReferralEvent)person.Events.Single(e => e.Id == entry.Referral);
        // Checked again on the rows read in this transaction: the preview may be older than the last change.
        if (!ReferralListValues.Differ(referral.Channel, sheet, person.Identity?.BirthName, entry.Person, entry.Fact.Channel!))
        {
            Unchanged++;
            return;
        }
        ReferralListValues.Apply(referral, sheet, person, entry.Person, entry.Fact.Channel!, now);
        audit.Record("referral.import.update", "person", person.Id, plieId, new { referral = referral.Id, channel = referral.Channel });
        Updated++;
    }

    /// <summary>References for new people, unique in the PLIE: drawn at random, then checked in one query per chunk.</summary>
    private async Task<List<string>> FreeRefsAsync(int count, CancellationToken ct)
    {
        var free = new HashSet<string>(StringComparer.Ordinal);
        while (free.Count < count)
        {
            var drawn = Enumerable.Range(0, count - free.Count).Select(_ => ReferralRecords.NewRef()).Where(r => !free.Contains(r)).Distinct().ToList();
            var taken = await db.Persons.IgnoreQueryFilters().AsNoTracking().Where(p => p.PlieId == plieId && drawn.Contains(p.Ref)).Select(p => p.Ref).ToListAsync(ct);
            free.UnionWith(drawn.Except(taken));
        }
        return [.. free];
    }
}
