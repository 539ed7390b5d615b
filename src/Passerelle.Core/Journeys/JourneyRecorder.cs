using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;

namespace Passerelle.Core.Journeys;

/// <summary>
/// Records the facts a referent types: one fact at a time, judged by the import's own rules
/// (<see cref="SingleFactRules"/>) against the person's journey, appended after the recorded ones, audited with its
/// type only. A person the actor may not see (another PLIE) answers null, exactly like one that does not exist.
/// </summary>
public sealed class JourneyRecorder(PasserelleDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Checks <paramref name="fact"/> as <see cref="RecordAsync"/> would, and writes nothing.</summary>
    public async Task<FactCheck?> CheckAsync(Guid personId, JourneyEventDto fact, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, tracked: false, ct);
        return person is null ? null : Check(person, fact);
    }

    /// <summary>Appends <paramref name="fact"/> to the person's journey, or answers its problems and writes nothing.</summary>
    public async Task<FactResult?> RecordAsync(Guid personId, JourneyEventDto fact, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, tracked: true, ct);
        if (person is null) return null;
        var errors = new List<FactError>();
        if (Stage(person, fact, errors) is not { } entity) return FactResult.Refused(errors);
        await db.SaveChangesAsync(ct);
        return new FactResult(entity.Id, JourneyMapping.ToDto(entity), []);
    }

    /// <summary>
    /// Adds <paramref name="fact"/> to a tracked <paramref name="person"/> (loaded with its events) with its audit line,
    /// without saving: for features that record several facts in one operation (information session attendance).
    /// Null, with the problems in <paramref name="errors"/>, when the import's rules refuse it.
    /// </summary>
    internal JourneyEvent? Stage(Person person, JourneyEventDto fact, List<FactError> errors)
    {
        var check = Check(person, fact);
        errors.AddRange(check.Errors);
        if (!check.IsValid) return null;

        var now = clock.GetUtcNow().UtcDateTime;
        var entity = JourneyEntities.ToEntity(check.Fact!);
        entity.PlieId = person.PlieId;
        entity.PersonId = person.Id;
        entity.Seq = person.Events.Count == 0 ? 0 : person.Events.Max(e => e.Seq) + 1;
        entity.Date = check.Fact!.Date ?? check.Fact.Start!.Value;
        entity.RecordedAt = now;
        db.JourneyEvents.Add(entity);
        person.Events.Add(entity);
        person.UpdatedAt = now;
        audit.Record("person.fact.add", "person", person.Id, person.PlieId, new { type = entity.Type });
        return entity;
    }

    /// <summary>
    /// Replaces the fields of a recorded fact by those of <paramref name="fact"/> (same type), judged by the import's rules
    /// against the rest of the journey, without saving; the fact keeps its id and place. False, with the problems in
    /// <paramref name="errors"/>, when refused. Nothing is written (nor audited) when the fact is unchanged.
    /// </summary>
    internal bool StageRevision(Person person, JourneyEvent existing, JourneyEventDto fact, List<FactError> errors)
    {
        if (fact.Type != existing.Type) throw new ArgumentException("A revision keeps the type of the fact.", nameof(fact));
        var journey = Journey(person, except: existing.Id);
        var normalised = SingleFactRules.Check(fact, journey, Today(), person.Identity?.BirthDate, errors);
        if (normalised is null) return false;
        if (JourneyDtoComparer.Same(JourneyMapping.ToDto(existing), normalised)) return true;

        var revised = JourneyEntities.ToEntity(normalised);
        (revised.Id, revised.PlieId, revised.PersonId, revised.Seq, revised.RecordedAt) =
            (existing.Id, existing.PlieId, existing.PersonId, existing.Seq, existing.RecordedAt);
        revised.Date = normalised.Date ?? normalised.Start!.Value;
        db.Entry(existing).CurrentValues.SetValues(revised);
        // A primitive collection is replaced, not copied by SetValues.
        if (existing is ExitEvent exit) exit.Proofs = [.. normalised.Proofs ?? []];
        person.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("person.fact.update", "person", person.Id, person.PlieId, new { type = existing.Type });
        return true;
    }

    /// <summary>The people of <paramref name="personIds"/> the actor may see, tracked, with identity and events (for <see cref="Stage"/>).</summary>
    internal async Task<List<Person>> LoadTrackedAsync(IReadOnlyCollection<Guid> personIds, CancellationToken ct) =>
        await db.Persons.Include(p => p.Identity).Include(p => p.Events).AsSplitQuery()
            .Where(p => personIds.Contains(p.Id)).ToListAsync(ct);

    /// <summary>
    /// Closes a running step, contract, training, suspension or barrier on <paramref name="end"/> (the same date rules as
    /// an imported period). Null when the person or the fact is not found, or the fact is not a period.
    /// </summary>
    public async Task<FactResult?> EndPeriodAsync(Guid personId, Guid factId, DateOnly end, CancellationToken ct = default) =>
        await UpdateAsync(personId, factId, fact => fact.End is { } ended
            ? new FactError("end", $"cette période est déjà close (fin le {ended:dd/MM/yyyy}).")
            : fact.Start is null ? null : (fact with { End = end }), ct);

    /// <summary>
    /// Changes a recorded fact: a barrier worked on or lifted, France Travail's answer to a request, proofs received
    /// after an exit. <paramref name="change"/> answers the changed fact, a <see cref="FactError"/> to refuse, or null
    /// when the change does not apply to this fact (then the method answers null, as for a fact not found). The changed
    /// fact goes through the import's rules against the rest of the journey; its type, date and position stay.
    /// </summary>
    public async Task<FactResult?> UpdateAsync(Guid personId, Guid factId, Func<JourneyEventDto, object?> change, CancellationToken ct = default)
    {
        var person = await LoadAsync(personId, tracked: true, ct);
        if (person?.Events.SingleOrDefault(e => e.Id == factId) is not { } entity) return null;
        var before = JourneyMapping.ToDto(entity);
        switch (change(before))
        {
            case FactError refused:
                return FactResult.Refused([refused]);
            case JourneyEventDto changed when changed.Type == before.Type && (changed.Date ?? changed.Start) == (before.Date ?? before.Start):
                var errors = new List<FactError>();
                if (!StageRevision(person, entity, changed, errors)) return FactResult.Refused(errors);
                await db.SaveChangesAsync(ct);
                return new FactResult(entity.Id, JourneyMapping.ToDto(entity), []);
            default:
                return null;
        }
    }

    private FactCheck Check(Person person, JourneyEventDto fact)
    {
        var journey = Journey(person);
        var errors = new List<FactError>();
        var normalised = SingleFactRules.Check(fact, journey, Today(), person.Identity?.BirthDate, errors);
        return new FactCheck(person.PlieId, journey, normalised, errors);
    }

    private static List<JourneyEventDto> Journey(Person person, Guid? except = null) =>
        [.. person.Events.Where(e => e.Id != except).OrderBy(e => e.Seq).Select(JourneyMapping.ToDto)];

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private async Task<Person?> LoadAsync(Guid personId, bool tracked, CancellationToken ct)
    {
        var query = db.Persons.Include(p => p.Identity).Include(p => p.Events).AsSplitQuery();
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(p => p.Id == personId, ct);
    }
}
