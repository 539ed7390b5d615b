using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// Information collectives of the actor's PLIE (issue 3 item 3; seeds 001 art. 2-2, 000 art. 3-4, 002 art. 3): planning
/// sessions and reading them. A session of another PLIE is not found, exactly like a missing one (query filters).
/// </summary>
public sealed class InfoSessionService(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock)
{
    public async Task<Outcome> CreateAsync(SessionInput input, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId)
            return Outcome.Refused(new FieldError("", "Seul un utilisateur d'un PLIE peut programmer une information collective."));
        var errors = SessionRules.Check(input, Today());
        if (errors.Count > 0) return Outcome.Refused(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        var year = input.Date!.Value.Year;
        var session = new InfoSession
        {
            PlieId = plieId,
            Year = year,
            Date = input.Date.Value,
            StartTime = input.StartTime!.Value,
            Place = input.Place!.Trim(),
            Organiser = input.Organiser!,
            Capacity = input.Capacity!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        // The yearly number is the next free one; two coordinators creating a session at once collide on the unique
        // index (plie, year, number): the second one takes the following number.
        for (var attempt = 0; ; attempt++)
        {
            session.Number = 1 + (await db.InfoSessions.Where(s => s.Year == year).MaxAsync(s => (int?)s.Number, ct) ?? 0);
            db.InfoSessions.Add(session);
            audit.Record("infosession.create", "info_session", session.Id, plieId, new { code = session.Code, organiser = session.Organiser, capacity = session.Capacity });
            try
            {
                await db.SaveChangesAsync(ct);
                return Outcome.Done(session.Id);
            }
            catch (DbUpdateException) when (attempt < 2)
            {
                db.Discard();
            }
        }
    }

    /// <summary>
    /// Changes a session. Once attendance is taken, its day and organiser are those of the recorded journey facts and no
    /// longer change; the capacity never goes below the people already convoked.
    /// </summary>
    public async Task<Outcome?> UpdateAsync(Guid id, SessionInput input, CancellationToken ct = default)
    {
        var session = await db.InfoSessions.Include(s => s.Convocations).SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return null;
        var errors = SessionRules.Check(input, Today());
        var active = session.Convocations.Where(c => c.WithdrawnAt is null).ToList();
        if (input.Capacity is { } capacity && capacity < active.Count)
            errors.Add(new("capacite", $"{active.Count} personnes sont déjà convoquées ; retirez-en de la liste avant de réduire la capacité à {capacity}."));
        if (active.Any(c => c.Attendance is not null))
        {
            if (input.Date is { } date && date != session.Date)
                errors.Add(new("date", "la présence a déjà été saisie pour cette date ; elle ne peut plus changer."));
            if (input.Organiser is { } organiser && organiser != session.Organiser)
                errors.Add(new("organisateur", "la présence a déjà été saisie ; l'organisateur ne peut plus changer."));
        }
        if (errors.Count > 0) return Outcome.Refused(errors);

        session.Date = input.Date!.Value;
        session.StartTime = input.StartTime!.Value;
        session.Place = input.Place!.Trim();
        session.Organiser = input.Organiser!;
        session.Capacity = input.Capacity!.Value;
        session.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record("infosession.update", "info_session", session.Id, session.PlieId, new { organiser = session.Organiser, capacity = session.Capacity });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(session.Id);
    }

    /// <summary>Sessions of the PLIE dated from <paramref name="from"/> to <paramref name="to"/>, in date order, with their fill level.</summary>
    public async Task<IReadOnlyList<SessionSummary>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var rows = await db.InfoSessions.AsNoTracking()
            .Where(s => s.Date >= from && s.Date <= to)
            .OrderBy(s => s.Date).ThenBy(s => s.StartTime).ThenBy(s => s.Number)
            .Select(s => new
            {
                s.Id,
                s.Year,
                s.Number,
                s.Date,
                s.StartTime,
                s.Place,
                s.Organiser,
                s.Capacity,
                Convoked = s.Convocations.Count(c => c.WithdrawnAt == null),
                Present = s.Convocations.Count(c => c.WithdrawnAt == null && c.Attendance == InfoSessionCodes.Present),
                Absent = s.Convocations.Count(c => c.WithdrawnAt == null && c.Attendance == InfoSessionCodes.Absent),
                Excused = s.Convocations.Count(c => c.WithdrawnAt == null && c.Attendance == InfoSessionCodes.Excused),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new SessionSummary(r.Id, InfoSessionCodes.SessionCode(r.Year, r.Number), r.Date, r.StartTime, r.Place,
            r.Organiser, r.Capacity, r.Convoked, r.Present, r.Absent, r.Excused))];
    }

    /// <summary>Places the PLIE already used, most recent first: suggestions for the next session.</summary>
    public async Task<IReadOnlyList<string>> PlacesAsync(CancellationToken ct = default) =>
        await db.InfoSessions.AsNoTracking().GroupBy(s => s.Place)
            .OrderByDescending(g => g.Max(s => s.Date)).Select(g => g.Key).Take(30).ToListAsync(ct);

    /// <summary>
    /// A session with its convocation list (names: every person listed leaves a "person.convocation_list" line), or null
    /// when the actor's PLIE has no such session.
    /// </summary>
    public async Task<SessionDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var session = await db.InfoSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (session is null) return null;
        var rows = await (
            from c in db.Convocations.AsNoTracking()
            where c.SessionId == id && c.WithdrawnAt == null
            join p in db.Persons on new { c.PlieId, c.PersonId } equals new { p.PlieId, PersonId = p.Id }
            join i in db.PersonIdentities on new { c.PlieId, c.PersonId } equals new { i.PlieId, i.PersonId } into identities
            from i in identities.DefaultIfEmpty()
            orderby c.Ordinal
            select new ConvocationRow(c.Id, c.PersonId, c.Reference, p.Ref, i == null ? null : i.LastName, i == null ? null : i.FirstName,
                i == null ? null : i.FranceTravailId, c.Attendance, c.EventId != null))
            .ToListAsync(ct);
        foreach (var r in rows) audit.Record("person.convocation_list", "person", r.PersonId, session.PlieId, new { session = session.Id });
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
        return new SessionDetail(session, rows);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
