using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Data;

public sealed class SqliteDbContext(DbContextOptions<SqliteDbContext> options, ActorContext actor)
    : PasserelleDbContext(options, actor)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        // SQLite has no decimal type: hours are stored as REAL so that sums and comparisons run in the database.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite enforces no length: the detail's declared bound (4,000) stays as it was, because changing a column
        // makes EF rebuild the table, and the rebuild would drop audit_events' append-only triggers.
        modelBuilder.Entity<AuditEvent>().Property(a => a.Detail).HasColumnType(null).HasMaxLength(4000);
    }

    // Microsoft.Data.Sqlite opens transactions with BEGIN IMMEDIATE: writers are already serialised.
    protected override Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;

    protected override Task<IDisposable?> WaitForWriterTurnAsync(CancellationToken ct) =>
        WriterTurns.WaitAsync(Database.GetConnectionString() ?? "", ct);
}
