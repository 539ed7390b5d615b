using System.Text.Json;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Audit;

/// <summary>
/// Writes audit events for the current actor. Events join the pending changes of the database context and are
/// chained and saved with them, in the same transaction: a write without its audit line cannot happen.
/// </summary>
public sealed class AuditLog(PasserelleDbContext db, ActorContext actor, TimeProvider clock)
{
    public void Record(string action, string recordType, Guid? recordId, Guid? plieId, object? detail = null) =>
        db.PendingAudit.Add(new AuditEvent
        {
            At = AuditChain.Truncate(clock.GetUtcNow().UtcDateTime),
            Actor = actor.ActorLabel,
            UserId = actor.UserId,
            Channel = actor.Channel.ToString().ToLowerInvariant(),
            Origin = actor.Origin,
            Action = action,
            RecordType = recordType,
            RecordId = recordId?.ToString(),
            PlieId = plieId,
            Detail = detail is null ? null : JsonSerializer.Serialize(detail),
            PrevHash = "",
            Hash = "",
        });

    /// <summary>Records a read and saves it at once (reads change nothing else).</summary>
    public async Task RecordReadAsync(string action, string recordType, Guid? recordId, Guid? plieId, object? detail = null, CancellationToken ct = default)
    {
        Record(action, recordType, recordId, plieId, detail);
        await db.SaveChangesAsync(ct);
    }
}
