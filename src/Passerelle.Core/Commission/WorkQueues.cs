using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Commission;

/// <summary>
/// Who is waiting for what before the integration (domain.md steps 1-4), read from the facts of the actor's PLIE
/// (<see cref="Intake"/>) and the undecided files on commission agendas. Before the integration no referent is named in
/// the facts, so the queues are the PLIE's, shared by its referents. Three queries (the intake facts, the pending files,
/// the names); every person listed leaves a <c>person.queue</c> audit line.
/// </summary>
public sealed class WorkQueues(PasserelleDbContext db, AuditLog audit)
{
    public async Task<WorkQueue> ListAsync(CancellationToken ct = default)
    {
        var facts = await db.JourneyEvents.AsNoTracking()
            .Where(e => e is ReferralEvent || e is FirstContactEvent || e is DiagnosticStartEvent || e is RefusalEvent
                || e is IntegrationEvent || e is ExitEvent)
            .ToListAsync(ct);
        var pending = (await db.CommissionItems.AsNoTracking().Where(i => i.Decision == null)
            .Join(db.CommissionSessions, i => new { i.PlieId, i.SessionId }, s => new { s.PlieId, SessionId = s.Id },
                (i, s) => new { i.PersonId, i.SessionId, s.Date, i.ProposedBy })
            .ToListAsync(ct)).GroupBy(p => p.PersonId).ToDictionary(g => g.Key, g => g.OrderBy(p => p.Date).First());
        var waiting = facts.GroupBy(e => e.PersonId)
            .Select(g => (Id: g.Key, PlieId: g.First().PlieId, Intake: Intake.Of(g)))
            .Where(x => x.Intake.Stage is IntakeStage.AwaitingFirstContact || x.Intake.AwaitsDecision)
            .ToList();
        var ids = waiting.Select(w => w.Id).ToList();
        var names = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Ref, p.Identity!.LastName, p.Identity.FirstName }).ToDictionaryAsync(p => p.Id, ct);

        var entries = waiting.Select(w =>
        {
            var n = names[w.Id];
            var on = pending.GetValueOrDefault(w.Id);
            return new QueueEntry(w.Id, n.Ref, n.LastName, n.FirstName, w.Intake.Stage, w.Intake.Since!.Value, w.Intake.Referral!.Date,
                w.Intake.Referral.PrescriberKind, w.Intake.AbsentAtFirstContact, on?.SessionId, on?.Date, on?.ProposedBy);
        }).ToList();
        foreach (var w in waiting) audit.Record("person.queue", "person", w.Id, w.PlieId);
        if (waiting.Count > 0) await db.SaveChangesAsync(ct);
        return new WorkQueue(
            [.. entries.Where(e => e.Stage == IntakeStage.AwaitingFirstContact).OrderBy(e => e.Since).ThenBy(e => e.Name)],
            [.. entries.Where(e => e.Stage != IntakeStage.AwaitingFirstContact && e.SessionId is null).OrderBy(e => e.Since).ThenBy(e => e.Name)],
            [.. entries.Where(e => e.Stage != IntakeStage.AwaitingFirstContact && e.SessionId is not null).OrderBy(e => e.SessionDate).ThenBy(e => e.Name)]);
    }
}
