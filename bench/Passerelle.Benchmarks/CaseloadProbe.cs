using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Benchmarks;

/// <summary>
/// <see cref="CaseloadReader.ListAsync"/> alone, in this process, on a seeded database (no HTTP, no Razor): one call
/// after another (its warm cost, the process's CPU time per call, and the SQL commands it sends with their time in the
/// database, counted from EF Core's diagnostic events), then <c>tasks</c> concurrent callers for 10 s (what the
/// database's locking does to it). Tells the reader's own cost apart from the page's and the server's.
/// </summary>
public static class CaseloadProbe
{
    // Enough calls for the tiered JIT to have compiled the hot paths at full optimisation (30 calls, then a background
    // compile): with 3, the CPU per call counted the compiler's work and tier-0 code.
    private const int WarmUp = 60;

    public static async Task RunAsync(DatabaseOptions database, int iterations, int tasks, DateOnly today)
    {
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(database).BuildServiceProvider();
        Guid userId, plieId;
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var user = await db.Users.SingleAsync(u => u.Email == CaseloadSeed.Referent(0));
            (userId, plieId) = (user.Id, user.OrganisationId);
        }
        using var commands = new CommandCounter();
        using var subscription = DiagnosticListener.AllListeners.Subscribe(commands);
        var times = new List<double>();
        var entries = 0;
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < iterations + WarmUp; i++)
        {
            if (i == WarmUp)
            {
                commands.Reset();
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetUser(userId, Role.Referent, plieId, OrganisationKind.Plie, Channel.Web);
            var watch = Stopwatch.StartNew();
            entries = (await scope.ServiceProvider.GetRequiredService<CaseloadReader>().ListAsync(CaseloadSeed.Referent(0), today)).Count;
            if (i >= WarmUp) times.Add(watch.Elapsed.TotalMilliseconds);
        }
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CaseloadReader.ListAsync ({database.Provider}, {entries} personnes, {iterations} appels après {WarmUp} de chauffe) : " +
            $"médiane {times[times.Count / 2]:F1} ms, min {times[0]:F1} ms, max {times[^1]:F1} ms, CPU {cpu.TotalMilliseconds / iterations:F1} ms par appel ; " +
            $"{commands.Count / (double)iterations:F1} commandes SQL par appel, {commands.Milliseconds / iterations:F1} ms en base par appel"));
        if (tasks > 1) await ConcurrentlyAsync(services, userId, plieId, tasks, today);
    }

    private static async Task ConcurrentlyAsync(IServiceProvider services, Guid userId, Guid plieId, int tasks, DateOnly today)
    {
        var end = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
        var watch = Stopwatch.StartNew();
        var latencies = (await Task.WhenAll(Enumerable.Range(0, tasks).Select(_ => Task.Run(async () =>
        {
            var mine = new List<double>();
            while (Stopwatch.GetTimestamp() < end)
            {
                var start = Stopwatch.GetTimestamp();
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().SetUser(userId, Role.Referent, plieId, OrganisationKind.Plie, Channel.Web);
                await scope.ServiceProvider.GetRequiredService<CaseloadReader>().ListAsync(CaseloadSeed.Referent(0), today);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return mine;
        })))).SelectMany(l => l).Order().ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CaseloadReader.ListAsync, {tasks} appelants simultanés pendant 10 s : {latencies.Length / watch.Elapsed.TotalSeconds:F1} appels/s, " +
            $"p50 {latencies[latencies.Length / 2]:F0} ms, p95 {latencies[(int)Math.Ceiling(latencies.Length * 0.95) - 1]:F0} ms"));
    }

    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> subscriptions = [];
        private int count;
        private double milliseconds;

        public int Count => count;
        public double Milliseconds => milliseconds;

        public void Reset() => (count, milliseconds) = (0, 0);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key != RelationalEventId.CommandExecuted.Name || e.Value is not CommandExecutedEventData data) return;
            count++;
            milliseconds += data.Duration.TotalMilliseconds;
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void Dispose() => subscriptions.ForEach(s => s.Dispose());
    }
}
