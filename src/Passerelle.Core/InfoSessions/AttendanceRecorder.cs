using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// Attendance at a session, saved once for the whole list: each marked convocation gets exactly one <c>info_session</c>
/// fact in the person's journey (date and organiser of the session, attended or not), recorded through
/// <see cref="JourneyRecorder"/> under the import's rules. Saving again updates that fact (its id is kept on the
/// convocation), never adds a second one. One problem on one line and nothing is written.
/// </summary>
public sealed class AttendanceRecorder(PasserelleDbContext db, JourneyRecorder recorder, AuditLog audit, TimeProvider clock)
{
    /// <param name="marks">Convocation id → attendance code (<see cref="InfoSessionCodes.Attendance"/>); unmarked lines are left as they are.</param>
    public async Task<Outcome?> SaveAsync(Guid sessionId, IReadOnlyDictionary<Guid, string> marks, CancellationToken ct = default)
    {
        var session = await db.InfoSessions.Include(s => s.Convocations).SingleOrDefaultAsync(s => s.Id == sessionId, ct);
        if (session is null) return null;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (session.Date > today)
            return Outcome.Refused(new FieldError("", $"La présence se saisit à partir du jour de l'information collective (le {session.Date:dd/MM/yyyy})."));

        var active = session.Convocations.Where(c => c.WithdrawnAt is null).ToDictionary(c => c.Id);
        var errors = new List<FieldError>();
        foreach (var (id, code) in marks)
        {
            if (!active.ContainsKey(id)) errors.Add(new("", "Une ligne de la liste n'existe plus : rechargez la page."));
            else if (!InfoSessionCodes.Attendance.ContainsKey(code)) errors.Add(new(id.ToString(), $"{active[id].Reference} : choisissez présent·e, absent·e ou excusé·e."));
        }
        if (errors.Count > 0) return Outcome.Refused(errors);

        var marked = marks.Select(m => (Convocation: active[m.Key], Code: m.Value)).ToList();
        var people = (await recorder.LoadTrackedAsync([.. marked.Select(m => m.Convocation.PersonId)], ct)).ToDictionary(p => p.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (convocation, code) in marked.OrderBy(m => m.Convocation.Ordinal))
        {
            var person = people[convocation.PersonId];
            var fact = new JourneyEventDto { Type = "info_session", Date = session.Date, Organiser = session.Organiser, Attended = code == InfoSessionCodes.Present };
            var problems = new List<FactError>();
            // The fact recorded earlier is revised; when an import replaced the journey since, it is recorded anew.
            if (person.Events.SingleOrDefault(e => e.Id == convocation.EventId) is InfoSessionEvent recorded)
                recorder.StageRevision(person, recorded, fact, problems);
            else if (recorder.Stage(person, fact, problems) is { } added)
                convocation.EventId = added.Id;
            errors.AddRange(problems.Select(p => new FieldError(convocation.Id.ToString(), $"{convocation.Reference} : {p.Message}")));
            if (convocation.Attendance != code) (convocation.Attendance, convocation.AttendanceRecordedAt) = (code, now);
        }
        if (errors.Count > 0)
        {
            db.Discard();
            return Outcome.Refused(errors);
        }

        var all = active.Values.Select(c => c.Attendance).ToList();
        audit.Record("infosession.attendance", "info_session", session.Id, session.PlieId, new
        {
            present = all.Count(a => a == InfoSessionCodes.Present),
            absent = all.Count(a => a == InfoSessionCodes.Absent),
            excused = all.Count(a => a == InfoSessionCodes.Excused),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(session.Id);
    }
}
