using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;

namespace Passerelle.Benchmarks;

/// <summary>
/// One measured phase, in a process of its own. parse-dto: the whole file deserialised to objects by
/// System.Text.Json (the lower bound of any reading, all in memory); parse-stream: the streaming cursor alone;
/// validate: the import's validation pass; sqlite / postgres: the full import into a fresh migrated database.
/// </summary>
public static class ImportPhases
{
    public const string Plie = "bench";

    public static async Task<int> RunAsync(string phase, string file, int people)
    {
        var today = DateOnly.FromDateTime(DateTime.Now);
        Func<Task<string>> run = phase switch
        {
            "parse-dto" => async () =>
            {
                await using var input = Open(file);
                var parsed = await JsonSerializer.DeserializeAsync<JourneyFile>(input, JourneyJson.Options);
                return $"{parsed!.Persons.Count} personnes";
            }
            ,
            "parse-stream" => async () =>
            {
                await using var input = Open(file);
                var cursor = new JsonStreamCursor(input);
                var n = 0;
                while (await cursor.NextAsync() is { } item) using (item) n++;
                return $"{n} éléments";
            }
            ,
            "validate" => async () =>
            {
                await using var input = Open(file);
                var result = await new JourneyFileValidator(CommuneReferential.Shared).ValidateAsync(input, today, c => c == Plie);
                return result.IsValid ? "valide" : $"{result.Errors.Count} erreurs : {result.Errors[0]}";
            }
            ,
            "sqlite" => () => SqliteAsync(file),
            "postgres" => () => PostgresAsync(file),
            _ => throw new ArgumentException($"phase inconnue : {phase}"),
        };
        return await MeasureAsync(phase, people, run);
    }

    private static async Task<int> MeasureAsync(string phase, int people, Func<Task<string>> run)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        string note;
        try
        {
            note = await run();
        }
        catch (Exception e)
        {
            Console.WriteLine($"| {phase} | échec : {e.GetType().Name} {e.Message} | | | |");
            return 1;
        }
        var seconds = watch.Elapsed.TotalSeconds;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var alloc = (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0;
        Console.WriteLine($"| {phase} ({note}) | {seconds:F1} | {people / seconds:N0} | {peak:N0} | {alloc:N0} |");
        return 0;
    }

    private static FileStream Open(string file) => new(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);

    // Only the import is timed by the caller's watch; schema and PLIE creation are part of it but take well under a second.
    private static async Task<string> ImportAsync(DatabaseOptions options, string file)
    {
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Database.MigrateAsync();
            await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreatePlieAsync(Plie, "PLIE de banc d'essai", "casa-2021-2023");
        }
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            await using var input = Open(file);
            var result = await scope.ServiceProvider.GetRequiredService<JourneyImporter>().ImportAsync(input);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Take(3)));
            var events = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.CountAsync();
            return $"{result.Created} créées, {events} événements";
        }
    }

    private static async Task<string> SqliteAsync(string file)
    {
        var db = Path.Combine(Path.GetTempPath(), $"passerelle-bench-{Guid.NewGuid():N}.db");
        try
        {
            return await ImportAsync(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={db}"), file) + $", base {new FileInfo(db).Length / 1048576:N0} Mo";
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<string> PostgresAsync(string file)
    {
        var server = Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG")!;
        var name = "passerelle_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            return await ImportAsync(new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), file);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
