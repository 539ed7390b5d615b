using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Passerelle.Core.Data;

public static class DatabaseServices
{
    /// <summary>Registers the provider's context, and <see cref="PasserelleDbContext"/> as an alias of it.</summary>
    public static IServiceCollection AddPasserelleDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresDbContext>(o => ConfigurePostgres(o, options.ConnectionString));
            services.AddScoped<PasserelleDbContext>(sp => sp.GetRequiredService<PostgresDbContext>());
        }
        else
        {
            services.AddDbContext<SqliteDbContext>(o => ConfigureSqlite(o, options.ConnectionString));
            services.AddScoped<PasserelleDbContext>(sp => sp.GetRequiredService<SqliteDbContext>());
        }
        return services;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        // Concurrent writers wait instead of failing at once.
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        o.UseSqlite(builder.ToString(), s => s.MigrationsAssembly(typeof(SqliteDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(connectionString, s => s.MigrationsAssembly(typeof(PostgresDbContext).Assembly.FullName))
            .UseSnakeCaseNamingConvention();
}
