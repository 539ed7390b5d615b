using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Tests.TestSupport;

/// <summary>
/// A fresh, migrated database for one test, on the provider the suite runs on (PASSERELLE_TEST_PROVIDER:
/// Sqlite by default, or Postgres on the server of PASSERELLE_TEST_PG, which the test command starts).
/// Each test gets its own database copied from a migrated template, so no test sees another's leftovers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? template;
    private readonly string? dropName;

    public DatabaseOptions Options { get; }
    public ServiceProvider Services { get; }

    private TestDatabase(DatabaseOptions options, string? dropName)
    {
        Options = options;
        this.dropName = dropName;
        Services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
    }

    public static DatabaseProvider Provider =>
        Environment.GetEnvironmentVariable("PASSERELLE_TEST_PROVIDER") is { Length: > 0 } p
            ? Enum.Parse<DatabaseProvider>(p, ignoreCase: true)
            : DatabaseProvider.Sqlite;

    public static async Task<TestDatabase> CreateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            template ??= Provider == DatabaseProvider.Postgres ? await CreatePostgresTemplateAsync() : await CreateSqliteTemplateAsync();
            if (Provider == DatabaseProvider.Postgres)
            {
                var name = "passerelle_t_" + Guid.NewGuid().ToString("N");
                await ExecuteOnServerAsync($"CREATE DATABASE {name} TEMPLATE {template}");
                return new TestDatabase(new DatabaseOptions(DatabaseProvider.Postgres, WithDatabase(name)), name);
            }
            var file = Path.Combine(Path.GetTempPath(), $"passerelle-test-{Guid.NewGuid():N}.db");
            File.Copy(template, file);
            return new TestDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={file}"), file);
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>A service scope acting as the system (all PLIE), as the command line does.</summary>
    public AsyncServiceScope SystemScope(Channel channel = Channel.Cli)
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(channel, "test");
        return scope;
    }

    /// <summary>A service scope acting as a user.</summary>
    public async Task<AsyncServiceScope> UserScopeAsync(AppUser user, Channel channel = Channel.Web)
    {
        var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var org = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == user.OrganisationId);
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetUser(user.Id, user.Role, org.Id, org.Kind, channel);
        return scope;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {dropName} WITH (FORCE)");
        }
        else if (dropName is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { dropName, dropName + "-wal", dropName + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"passerelle-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        await MigrateAsync(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=false"));
        SqliteConnection.ClearAllPools();
        return file;
    }

    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var name = $"passerelle_tpl_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40];
        await ExecuteOnServerAsync($"CREATE DATABASE {name}");
        await MigrateAsync(new DatabaseOptions(DatabaseProvider.Postgres, WithDatabase(name)));
        NpgsqlConnection.ClearAllPools();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)").GetAwaiter().GetResult(); }
            catch (NpgsqlException) { /* the throw-away cluster is deleted anyway */ }
        };
        return name;
    }

    private static async Task MigrateAsync(DatabaseOptions options)
    {
        await using var sp = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        await using var scope = sp.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Database.MigrateAsync();
    }

    private static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("PASSERELLE_TEST_PG") is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException("PASSERELLE_TEST_PG is not set: run the suite through ./test.sh, which starts PostgreSQL.");

    private static string WithDatabase(string name) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ConnectionString;

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
