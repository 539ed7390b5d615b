using System.Diagnostics;
using System.Globalization;
using ICSharpCode.SharpZipLib.Zip;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;

namespace Passerelle.Benchmarks;

/// <summary>
/// The monthly tracking table for N active participants (default 10,000, all referred by one agency), on a fresh SQLite
/// database: reading and building the table, writing its XLSX and CSV, zipping them plainly and with AES-256, and the
/// whole <see cref="TrackingExports.ProduceAsync"/> (read, build, write, encrypt, SHA-256, register) — in the same run, a
/// warm-up then <c>--runs</c> measured runs, median reported.
/// </summary>
public static class TrackingBenchmark
{
    private const string Plie = "bench";
    private const string Agency = "FT-ANTIBES";

    public static async Task<int> RunAsync(string[] args)
    {
        var participants = Option(args, "--participants", 10_000);
        var runs = Option(args, "--runs", 5);
        var today = DateOnly.FromDateTime(DateTime.Now);
        var month = TrackingMonth.Of(today).First.AddMonths(-1);
        var file = Path.Combine(Path.GetTempPath(), $"passerelle-bench-tracking-{Guid.NewGuid():N}.db");
        var options = new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={file}");
        try
        {
            var watch = Stopwatch.StartNew();
            var (conventionId, people, events) = await SeedAsync(options, participants, today);
            Console.WriteLine($"Base : {people:N0} participants en parcours orientés par {Agency}, {events:N0} faits, créée en {watch.Elapsed.TotalSeconds:F1} s ({new FileInfo(file).Length / 1048576.0:F0} Mo)");

            await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
            var timings = new Dictionary<string, List<double>>();
            var sizes = new Dictionary<string, long>();
            var rows = 0;
            for (var run = 0; run <= runs; run++)
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
                var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
                var exports = scope.ServiceProvider.GetRequiredService<TrackingExports>();
                var convention = await db.Conventions.AsNoTracking().SingleAsync(c => c.Id == conventionId);
                var m = TrackingMonth.Of(month);

                var table = await Measure(timings, run, "1. lecture des faits et calcul du tableau", () => exports.BuildAsync(convention, Agency, m));
                rows = table.Rows.Count;
                var xlsx = await Measure(timings, run, "2. écriture XLSX (non chiffré)", () => Task.FromResult(TrackingFiles.Xlsx(table)));
                var csv = await Measure(timings, run, "3. écriture CSV (non chiffré)", () => Task.FromResult(TrackingFiles.Csv(table)));
                var plain = await Measure(timings, run, "4. XLSX + CSV, zip sans chiffrement", () => Task.FromResult(PlainZip(table)));
                var aes = await Measure(timings, run, "5. XLSX + CSV, zip AES-256", () => Task.FromResult(TrackingFiles.Zip(table, "t", Passphrases.Generate(), DateTime.UtcNow)));
                await Measure(timings, run, "6. ProduceAsync complet (lecture, calcul, XLSX, CSV, AES-256, SHA-256, registre)",
                    async () => (await exports.ProduceAsync(conventionId, m))!.Produced!);
                (sizes["xlsx"], sizes["csv"], sizes["plain"], sizes["aes"]) = (xlsx.Length, csv.Length, plain.Length, aes.Length);
            }
            Console.WriteLine($"Tableau de {TrackingMonth.Of(month)} : {rows:N0} lignes × {TrackingLayout.Standard.Count} colonnes ; XLSX {sizes["xlsx"] / 1024.0:F0} Ko, CSV {sizes["csv"] / 1024.0:F0} Ko, " +
                $"zip {sizes["plain"] / 1024.0:F0} Ko, zip AES-256 {sizes["aes"] / 1024.0:F0} Ko");
            Console.WriteLine($"{runs} mesures après un tour de chauffe ; médiane (min – max), en millisecondes :");
            Console.WriteLine();
            Console.WriteLine("| étape | médiane (ms) | min – max (ms) |");
            Console.WriteLine("| --- | ---: | ---: |");
            foreach (var (step, values) in timings.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var sorted = values.Order().ToList();
                Console.WriteLine($"| {step} | {sorted[sorted.Count / 2]:F0} | {sorted[0]:F0} – {sorted[^1]:F0} |");
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
        }
    }

    private static async Task<T> Measure<T>(Dictionary<string, List<double>> timings, int run, string step, Func<Task<T>> action)
    {
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        if (run > 0) (timings.TryGetValue(step, out var list) ? list : timings[step] = []).Add(watch.Elapsed.TotalMilliseconds);
        return result;
    }

    private static byte[] PlainZip(TrackingTable table)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipOutputStream(buffer) { IsStreamOwner = false })
        {
            zip.SetLevel(6);
            foreach (var (name, content) in new[] { ("t.xlsx", TrackingFiles.Xlsx(table)), ("t.csv", TrackingFiles.Csv(table)) })
            {
                zip.PutNextEntry(new ZipEntry(name) { Size = content.Length });
                zip.Write(content);
                zip.CloseEntry();
            }
        }
        return buffer.ToArray();
    }

    /// <summary>Demo journeys, keeping the first <paramref name="participants"/> people in pathway, every referral from the agency.</summary>
    private static async Task<(Guid Convention, int People, int Events)> SeedAsync(DatabaseOptions options, int participants, DateOnly today)
    {
        var generated = DemoJourneys.Generate(Plie, participants * 5, 11, today);
        var inPathway = generated.Persons.Where(p =>
        {
            var last = p.Events.LastOrDefault(e => e.Type == "integration");
            return last is not null && !p.Events.Any(e => e.Type == "exit" && e.Date >= last.Date);
        }).Take(participants)
            .Select(p => p with { Events = [.. p.Events.Select(e => e.Type == "referral" ? e with { PrescriberKind = "france_travail", PrescriberOrg = Agency } : e)] })
            .ToList();
        if (inPathway.Count < participants) throw new InvalidOperationException($"Only {inPathway.Count} people in pathway drawn.");
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        await db.Database.MigrateAsync();
        var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
        var plie = await organisations.CreatePlieAsync(Plie, "PLIE de banc d'essai", "casa-2021-2023");
        var agency = await organisations.CreateOrganisationAsync(OrganisationKind.FranceTravailAgency, Agency, "France Travail Antibes");
        using (var buffer = new MemoryStream())
        {
            await JourneyWriter.WriteAsync(generated with { Persons = inPathway }, buffer);
            buffer.Position = 0;
            var result = await scope.ServiceProvider.GetRequiredService<JourneyImporter>().ImportAsync(buffer);
            if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ; ", result.Errors.Take(5)));
        }
        var convention = DemoConvention.For(plie.Id, agency.Id, today, DateTime.UtcNow);
        db.Conventions.Add(convention);
        await db.SaveChangesAsync();
        return (convention.Id, inPathway.Count, inPathway.Sum(p => p.Events.Count));
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
