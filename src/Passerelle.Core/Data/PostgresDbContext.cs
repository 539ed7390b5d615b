using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Data;

public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options, ActorContext actor)
    : PasserelleDbContext(options, actor)
{
    private const long AuditChainLockKey = 0x5041535345; // "PASSE"

    protected override Task LockAuditChainAsync(CancellationToken ct) =>
        Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({AuditChainLockKey})", ct);
}
