using Microsoft.EntityFrameworkCore;
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

    // Microsoft.Data.Sqlite opens transactions with BEGIN IMMEDIATE: writers are already serialised.
    protected override Task LockAuditChainAsync(CancellationToken ct) => Task.CompletedTask;
}
