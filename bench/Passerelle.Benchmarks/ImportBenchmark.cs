using System.Diagnostics;
using System.Globalization;
using Passerelle.Core.Demo;
using Passerelle.Core.Exchange;

namespace Passerelle.Benchmarks;

/// <summary>Generates a demo file of N people, then measures each phase of an import in its own process.</summary>
public static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var people = Option(args, "--people", 100_000);
        var seed = Option(args, "--seed", 1);
        var file = Path.Combine(Path.GetTempPath(), $"passerelle-bench-{people}-{seed}.json");
        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime(DateTime.Now);
        var journeys = DemoJourneys.Generate(ImportPhases.Plie, people, seed, today);
        var events = journeys.Persons.Sum(p => p.Events.Count);
        await using (var output = File.Create(file)) await JourneyWriter.WriteAsync(journeys, output);
        journeys = null;
        Console.WriteLine($"Fichier : {file} — {people:N0} personnes, {events:N0} événements, {new FileInfo(file).Length / 1048576.0:F1} Mo, généré en {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        Console.WriteLine("| phase | durée (s) | personnes/s | pic mémoire (Mo) | alloué GC (Mo) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        var phases = new List<string> { "parse-dto", "parse-stream", "validate", "sqlite" };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG"))) phases.Add("postgres");
        var failed = 0;
        foreach (var phase in phases)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            foreach (var a in new[] { "phase", phase, file, people.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
            using var child = Process.Start(start)!;
            var line = (await child.StandardOutput.ReadToEndAsync()).Trim();
            await child.WaitForExitAsync();
            if (child.ExitCode != 0) failed++;
            Console.WriteLine(line);
        }
        File.Delete(file);
        return failed == 0 ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
