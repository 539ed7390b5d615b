using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;

namespace Passerelle.Tests.Data;

public class MigrationsTests
{
    [Fact]
    public void Sqlite_model_has_no_pending_changes()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh NAME.");
    }

    [Fact]
    public void Postgres_model_has_no_pending_changes()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh NAME.");
    }
}
