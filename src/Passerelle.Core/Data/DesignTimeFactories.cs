using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Data;

/// <summary>Used by `dotnet ef` only: `--context SqliteDbContext --output-dir Data/Migrations/Sqlite`.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteDbContext>
{
    public SqliteDbContext CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<SqliteDbContext>();
        DatabaseServices.ConfigureSqlite(b, "Data Source=design-time.db");
        return new SqliteDbContext(b.Options, new ActorContext());
    }
}

/// <summary>Used by `dotnet ef` only: `--context PostgresDbContext --output-dir Data/Migrations/Postgres`.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresDbContext>
{
    public PostgresDbContext CreateDbContext(string[] args)
    {
        var b = new DbContextOptionsBuilder<PostgresDbContext>();
        DatabaseServices.ConfigurePostgres(b, "Host=localhost;Database=passerelle_design");
        return new PostgresDbContext(b.Options, new ActorContext());
    }
}
