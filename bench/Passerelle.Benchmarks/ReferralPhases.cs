using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;
using Passerelle.Core.Referrals;

namespace Passerelle.Benchmarks;

/// <summary>
/// One measured phase of the referral list benchmark, in a process of its own. read: <see cref="ReferralWorkbookReader"/>
/// alone (unzip, parse, check every cell: the lower bound of any import of the file); sqlite / postgres: the whole
/// <see cref="ReferralListImport"/> (read, the fiche rules per line, the batched duplicate look-ups, the writes in one
/// transaction with one audit line per person) into a fresh database holding one PLIE and the agencies. "-cold": the first
/// import of the process (it pays the JIT compilation of the reader, EF Core's queries and inserts); without suffix: after
/// a warm-up import of 500 other people into another PLIE of the same database, untimed (a running server); "-again":
/// the same file imported a second time (every line found unchanged), the first import untimed.
/// </summary>
public static class ReferralPhases
{
    public static async Task<int> RunAsync(string phase, string file, int lines)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(true);
        string note;
        TimeSpan elapsed, cpu;
        try
        {
            (note, elapsed, cpu) = phase switch
            {
                "read" => await ReadAsync(file),
                "sqlite-cold" => await SqliteAsync(file, Run.Cold),
                "sqlite" => await SqliteAsync(file, Run.Warm),
                "sqlite-again" => await SqliteAsync(file, Run.Again),
                "postgres-cold" => await PostgresAsync(file, Run.Cold),
                "postgres" => await PostgresAsync(file, Run.Warm),
                "postgres-again" => await PostgresAsync(file, Run.Again),
                _ => throw new ArgumentException($"phase inconnue : {phase}"),
            };
        }
        catch (Exception e)
        {
            Console.WriteLine($"| {phase} | échec : {e.GetType().Name} {e.Message} | | | | |");
            return 1;
        }
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0;
        var alloc = (GC.GetTotalAllocatedBytes(true) - allocated) / 1048576.0;
        Console.WriteLine($"| {phase} ({note}) | {elapsed.TotalSeconds:F1} | {cpu.TotalSeconds:F1} | {lines / elapsed.TotalSeconds:N0} | {peak:N0} | {alloc:N0} |");
        return 0;
    }

    private static async Task<(string, TimeSpan, TimeSpan)> ReadAsync(string file)
    {
        var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
        await using var input = File.OpenRead(file);
        var agencies = ReferralListFile.Agencies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var result = await new ReferralWorkbookReader(CommuneReferential.Shared).ReadAsync(input, agencies.Contains, DateOnly.FromDateTime(DateTime.Now));
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Take(3)));
        return ($"{result.Rows.Count} lignes lues", watch.Elapsed, Cpu() - cpu);
    }

    /// <summary>The process's CPU time (user + system): unlike durations, it depends little on what else the machine runs.</summary>
    private static TimeSpan Cpu() => Process.GetCurrentProcess().TotalProcessorTime;

    private enum Run { Cold, Warm, Again }

    private static async Task<(string, TimeSpan, TimeSpan)> ImportAsync(DatabaseOptions options, string file, Run run)
    {
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Database.MigrateAsync();
            var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            await organisations.CreatePlieAsync(ImportPhases.Plie, "PLIE de banc d'essai", "casa-2021-2023");
            await organisations.CreatePlieAsync(WarmPlie, "PLIE d'échauffement", "casa-2021-2023");
            foreach (var agency in ReferralListFile.Agencies)
                await organisations.CreateOrganisationAsync(OrganisationKind.FranceTravailAgency, agency, "Agence " + agency);
        }
        if (run == Run.Again) await OnceAsync(services, file, ImportPhases.Plie);
        if (run == Run.Warm)
        {
            var warm = Path.Combine(Path.GetTempPath(), $"passerelle-bench-warm-{Guid.NewGuid():N}.xlsx");
            ReferralListFile.Write(warm, 500, 2, DateOnly.FromDateTime(DateTime.Now), first: 5_000_000);
            await OnceAsync(services, warm, WarmPlie);
            File.Delete(warm);
        }
        var (watch, cpu) = (Stopwatch.StartNew(), Cpu());
        var outcome = await OnceAsync(services, file, ImportPhases.Plie);
        var (elapsed, used) = (watch.Elapsed, Cpu() - cpu);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var (persons, events) = (await db.Persons.CountAsync(), await db.JourneyEvents.CountAsync());
            if (run == Run.Warm) (persons, events) = (persons - 500, events - 500);
            return ($"{outcome.Created} créées, {outcome.Unchanged} inchangées ; base : {persons} personnes, {events} faits", elapsed, used);
        }
    }

    private const string WarmPlie = "warm";

    private static async Task<ReferralListOutcome> OnceAsync(ServiceProvider services, string file, string plie)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
        await using var input = File.OpenRead(file);
        var outcome = await scope.ServiceProvider.GetRequiredService<ReferralListImport>()
            .ImportAsync(new ReferralListRequest(plie, input) { Confirm = true });
        if (outcome.Kind != ReferralListOutcomeKind.Imported)
            throw new InvalidOperationException($"{outcome.Kind} : {string.Join("; ", outcome.Errors.Take(3))} ; à décider : {outcome.ToDecide}");
        return outcome;
    }

    private static async Task<(string, TimeSpan, TimeSpan)> SqliteAsync(string file, Run run)
    {
        var db = Path.Combine(Path.GetTempPath(), $"passerelle-bench-{Guid.NewGuid():N}.db");
        try
        {
            var (note, elapsed, cpu) = await ImportAsync(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={db}"), file, run);
            return (note + $", {new FileInfo(db).Length / 1048576:N0} Mo", elapsed, cpu);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<(string, TimeSpan, TimeSpan)> PostgresAsync(string file, Run run)
    {
        var server = Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG")!;
        var name = "passerelle_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using (var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await c.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE {name}", c).ExecuteNonQueryAsync();
        }
        try
        {
            return await ImportAsync(new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString), file, run);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
            await c.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", c).ExecuteNonQueryAsync();
        }
    }
}
