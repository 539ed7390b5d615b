using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;

namespace Passerelle.Tests.TestSupport;

public static class AuditTampering
{
    /// <summary>What an attacker with the database owner's rights could do: the hash chain must still tell.</summary>
    public static Task BypassAppendOnlyAsync(PasserelleDbContext db) =>
        db.Database.ExecuteSqlRawAsync(db is PostgresDbContext
            ? "ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only"
            : "DROP TRIGGER audit_events_no_update; DROP TRIGGER audit_events_no_delete;");
}
