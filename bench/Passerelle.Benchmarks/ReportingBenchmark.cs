using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Benchmarks;

/// <summary>
/// The verbs <c>scale</c> (build a national-scale base, <see cref="ScaleBase"/>) and <c>reports</c> (issue 6 item 7):
/// on that base, the Bilan quantitatif (<see cref="BilanQuantitatif.ComputeAsync"/>) and the activity report
/// (<see cref="PathwayStatistics.ActivityAsync"/>) for one PLIE-year and for every PLIE (one call per PLIE, each in a
/// scope of its own, as requests are), each measured in the same run as its lower bound, the hand-written SQL of
/// <see cref="ReportingHandSql"/>, whose figures must be equal (the run fails otherwise). The first run of each
/// (cold: JIT, EF model and query compilation, the database's cache as the previous measures left it) apart, then the
/// median of <c>--runs</c> warm runs, application and SQL alternating.
/// </summary>
public static class ReportingBenchmark
{
    private static readonly Guid Coordinator = new("00000000-0000-4000-8000-00000000c00d");

    public static async Task<int> ScaleAsync(string[] args)
    {
        var plies = Option(args, "--plies", 150);
        var people = Option(args, "--people", 1_000_000);
        var seed = Option(args, "--seed", 1);
        var options = await TargetAsync(args, create: true);
        Console.WriteLine($"Base {options.Provider} : {plies} PLIE, {people:N0} personnes, graine {seed}");
        var result = await ScaleBase.CreateAsync(options, plies, people, seed, Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Génération : {result.People:N0} personnes, {result.Events:N0} faits, {result.Plies} PLIE, {result.Agencies} agences ; " +
            $"organisations {result.Organisations.TotalSeconds:F1} s, chargement {result.Load.TotalSeconds:F1} s, index et statistiques {result.Indexes.TotalSeconds:F1} s, total {result.Total.TotalSeconds:F1} s"));
        if (options.Provider == DatabaseProvider.Sqlite)
            Console.WriteLine($"Fichier : {new SqliteFile(options).Path} ({new FileInfo(new SqliteFile(options).Path).Length / 1048576.0:N0} Mo)");
        else
            Console.WriteLine($"Base PostgreSQL : {await PostgresSizeAsync(options)}");
        return 0;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        var year = Option(args, "--year", 2025);
        var runs = Option(args, "--runs", 5);
        var options = await TargetAsync(args, create: false);
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        List<(Guid Id, string Code)> plies;
        Dictionary<Guid, (Passerelle.Core.Exits.ExitProtocols Rules, bool InfoSessions)> protocols;
        long people, events;
        string code;
        await using (var scope = System(services))
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            plies = [.. (await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie).Select(o => new { o.Id, o.Code }).ToListAsync())
                .OrderBy(o => o.Code, StringComparer.Ordinal).Select(o => (o.Id, o.Code))];
            var all = (await db.Protocols.AsNoTracking().ToListAsync()).ToLookup(p => p.PlieId);
            protocols = plies.ToDictionary(p => p.Id, p => ReportingHandSql.Options([.. all[p.Id]], year));
            people = await db.Persons.LongCountAsync();
            events = await db.JourneyEvents.LongCountAsync();
            // By default the largest PLIE (the most people).
            var largest = await db.Persons.GroupBy(x => x.PlieId).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
            code = Text(args, "--plie", "") is { Length: > 0 } named ? named : plies.First(p => p.Id == largest).Code;
        }
        var plie = plies.Single(p => p.Code == code);
        var plieYear = await FactsOfYearAsync(services, plie.Id, year);
        Console.WriteLine($"Base {options.Provider} : {plies.Count} PLIE, {people:N0} personnes, {events:N0} faits ; année {year} ; " +
            $"{plie.Code} : {plieYear.People:N0} personnes, {plieYear.Facts:N0} faits datés de {year}");
        Console.WriteLine($"Premier passage (à froid) puis médiane de {runs} passages ; l'application et le SQL écrit à la main alternent.");
        Console.WriteLine();
        Console.WriteLine("| mesure | application, 1er passage (ms) | application, médiane (ms) | SQL à la main, 1er passage (ms) | SQL à la main, médiane (ms) | rapport des médianes |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var failures = new List<string>();

        await MeasureAsync($"Bilan quantitatif, 1 PLIE-année ({plie.Code})", runs, failures,
            async () => Canonical(await AppBilanAsync(services, plie.Code, year)),
            async () => await HandAsync(services, async sql => Canonical((await sql.BilanAsync(plie.Id, year, protocols))[plie.Id])));
        await MeasureAsync($"Bilan quantitatif, {plies.Count} PLIE (un appel par PLIE)", Math.Min(runs, 3), failures,
            async () =>
            {
                var text = new StringBuilder();
                foreach (var (_, c) in plies) text.Append(c).Append(Canonical(await AppBilanAsync(services, c, year)));
                return text.ToString();
            },
            // One hand-written query per PLIE too: the set-based variant (BilanAsync(null, …), no PLIE in the index prefix)
            // was three times slower on PostgreSQL at national scale.
            async () =>
            {
                var text = new StringBuilder();
                foreach (var (id, c) in plies)
                    text.Append(c).Append(await HandAsync(services, async sql => Canonical((await sql.BilanAsync(id, year, protocols))[id])));
                return text.ToString();
            });
        await MeasureAsync($"Rapport d'activité, 1 PLIE-année ({plie.Code})", runs, failures,
            async () => Canonical(await AppActivityAsync(services, plie.Id, year)),
            async () => await HandAsync(services, async sql => Canonical((await sql.ActivityAsync(plie.Id, year)).GetValueOrDefault(plie.Id) ?? new(StringComparer.Ordinal))));
        await MeasureAsync($"Rapport d'activité, {plies.Count} PLIE (un appel par PLIE)", Math.Min(runs, 3), failures,
            async () =>
            {
                var text = new StringBuilder();
                foreach (var (id, c) in plies) text.Append(c).Append(Canonical(await AppActivityAsync(services, id, year)));
                return text.ToString();
            },
            async () => await HandAsync(services, async sql =>
            {
                var all = await sql.ActivityAsync(null, year);
                return string.Concat(plies.Select(p => p.Code + Canonical(all.GetValueOrDefault(p.Id) ?? new(StringComparer.Ordinal))));
            }));
        Console.WriteLine();
        foreach (var f in failures) Console.WriteLine(f);
        return failures.Count == 0 ? 0 : 1;
    }

    private static async Task MeasureAsync(string name, int runs, List<string> failures, Func<Task<string>> app, Func<Task<string>> hand)
    {
        var (appCold, appFigures) = await TimeAsync(app);
        var (handCold, handFigures) = await TimeAsync(hand);
        if (appFigures != handFigures)
        {
            failures.Add($"{name} : les chiffres diffèrent.\n  application : {Shorten(appFigures)}\n  SQL         : {Shorten(handFigures)}");
            var i = 0;
            while (i < Math.Min(appFigures.Length, handFigures.Length) && appFigures[i] == handFigures[i]) i++;
            failures.Add($"  premier écart à la position {i} : « {appFigures[Math.Max(0, i - 120)..Math.Min(appFigures.Length, i + 120)]} » / « {handFigures[Math.Max(0, i - 120)..Math.Min(handFigures.Length, i + 120)]} »");
        }
        var appTimes = new List<double>();
        var handTimes = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            appTimes.Add((await TimeAsync(app)).Ms);
            handTimes.Add((await TimeAsync(hand)).Ms);
        }
        var (appMedian, handMedian) = (Median(appTimes), Median(handTimes));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {appCold:N0} | {appMedian:N0} | {handCold:N0} | {handMedian:N0} | {appMedian / handMedian:F2} |"));
    }

    private static async Task<(double Ms, string Figures)> TimeAsync(Func<Task<string>> action)
    {
        var watch = Stopwatch.StartNew();
        var figures = await action();
        return (watch.Elapsed.TotalMilliseconds, figures);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Shorten(string s) => s.Length <= 300 ? s : s[..300] + "…";

    private static async Task<BilanReport> AppBilanAsync(ServiceProvider services, string code, int year)
    {
        await using var scope = System(services);
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();
        var plie = await bilan.PlieAsync(code) ?? throw new InvalidOperationException($"PLIE {code} introuvable.");
        return await bilan.ComputeAsync(plie, year, null, "json");
    }

    private static async Task<SortedDictionary<string, int>> AppActivityAsync(ServiceProvider services, Guid plieId, int year)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetUser(Coordinator, Role.Coordinator, plieId, OrganisationKind.Plie, Channel.Cli);
        var report = await scope.ServiceProvider.GetRequiredService<PathwayStatistics>().ActivityAsync(ReportPeriod.Year(year), ScaleJourneys.Today)
            ?? throw new InvalidOperationException("No activity report.");
        var a = report.Activity;
        var figures = new SortedDictionary<string, int>(StringComparer.Ordinal)
        {
            ["integrated"] = a.Integrated,
            ["women"] = a.Women,
            ["education_known"] = a.EducationKnown,
            ["low_education"] = a.LowEducation,
            ["rsa"] = a.RsaAtEntry,
            ["contracts"] = a.Contracts,
            ["contract_people"] = a.ContractPeople,
            ["contracts.iae"] = a.IaeContracts,
            ["contract_people.iae"] = a.IaePeople,
        };
        foreach (var band in a.AgeBands) figures[$"age.{band.Code}"] = band.Count;
        foreach (var step in report.Pathways.StepsByKind) figures[$"step.{step.Code}"] = step.Count;
        foreach (var exit in report.Pathways.ExitsByReason) figures[$"exit.{exit.Code}"] = exit.Count;
        return figures;
    }

    private static async Task<string> HandAsync(ServiceProvider services, Func<ReportingHandSql, Task<string>> query)
    {
        await using var scope = System(services);
        var connection = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        return await query(new ReportingHandSql(connection));
    }

    private static string Canonical(BilanReport report) => Canonical(report.Tables.ToList());

    /// <summary>The figures of the tables as one line (rates, column 13 by reason), to compare two computations.</summary>
    public static string Canonical(IReadOnlyList<BilanTable> tables) =>
        string.Join(";", tables.Select(t =>
        {
            var f = t.Figures;
            return string.Create(CultureInfo.InvariantCulture,
                $"[{t.Agency ?? "total"}] {f.Col1} {f.Col2} {f.Col3} {f.Col4} {f.Col5} {f.Col6} {f.Col7} {f.Col8} {f.Col9} {f.Col9Bis} {f.Col10} {f.Col11} {f.Col12} " +
                $"{{{string.Join(",", f.Col13.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}"))}}} {f.Col14} {f.Col15} {f.Col16}");
        }));

    // Zero counts are left out on both sides (the application lists only the codes met).
    private static string Canonical(SortedDictionary<string, int> figures) =>
        string.Join(",", figures.Where(f => f.Value != 0).Select(f => $"{f.Key}={f.Value}"));

    private static async Task<(int People, int Facts)> FactsOfYearAsync(ServiceProvider services, Guid plieId, int year)
    {
        await using var scope = System(services);
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var period = ReportPeriod.Year(year);
        var facts = db.JourneyEvents.Where(e => e.PlieId == plieId && e.Date >= period.From && e.Date <= period.To);
        return (await facts.Select(e => e.PersonId).Distinct().CountAsync(), await facts.CountAsync());
    }

    private static AsyncServiceScope System(ServiceProvider services)
    {
        var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench reports");
        return scope;
    }

    /// <summary>
    /// The base: <c>--provider sqlite --file PATH</c> (default /tmp/passerelle-scale.db) or <c>--provider postgres --database NAME</c>
    /// (default passerelle_scale) on the server of PASSERELLE_BENCH_PG. <c>scale</c> refuses to overwrite an existing base.
    /// </summary>
    private static async Task<DatabaseOptions> TargetAsync(string[] args, bool create)
    {
        switch (Text(args, "--provider", "sqlite"))
        {
            case "sqlite":
                var file = Path.GetFullPath(Text(args, "--file", Path.Combine(Path.GetTempPath(), "passerelle-scale.db")));
                if (create && File.Exists(file)) throw new InvalidOperationException($"--file : {file} existe déjà (supprimez-le d'abord).");
                if (!create && !File.Exists(file)) throw new InvalidOperationException($"--file : {file} n'existe pas (créez-le avec le verbe scale).");
                return new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={file}");
            case "postgres":
                var server = Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG") is { Length: > 0 } s ? s
                    : throw new InvalidOperationException("--provider postgres : définissez PASSERELLE_BENCH_PG (chaîne de connexion au serveur).");
                var name = Text(args, "--database", "passerelle_scale");
                if (!global::System.Text.RegularExpressions.Regex.IsMatch(name, "^[a-z_][a-z0-9_]*$")) throw new InvalidOperationException($"--database : nom « {name} » invalide.");
                if (create)
                {
                    await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
                    await connection.OpenAsync();
                    await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
                    await command.ExecuteNonQueryAsync();
                }
                return new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ConnectionString);
            case var other:
                throw new InvalidOperationException($"--provider : « {other} » inconnu (sqlite ou postgres).");
        }
    }

    private static async Task<string> PostgresSizeAsync(DatabaseOptions options)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_size_pretty(pg_database_size(current_database()))", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private sealed record SqliteFile(DatabaseOptions Options)
    {
        public string Path => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Options.ConnectionString).DataSource;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
