using System.Diagnostics;
using System.Globalization;

namespace Passerelle.Benchmarks;

/// <summary>
/// Generates a France Travail referral list of N lines (xlsx), then measures in a process each: reading the workbook
/// alone (the lower bound), and the whole import into a fresh SQLite (and PostgreSQL) database: first import of the
/// process, import by a warmed-up process, re-import of the same file.
/// </summary>
public static class ReferralBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var lines = Option(args, "--lines", 20_000);
        var seed = Option(args, "--seed", 1);
        var file = Path.Combine(Path.GetTempPath(), $"passerelle-bench-orientations-{lines}-{seed}.xlsx");
        var watch = Stopwatch.StartNew();
        ReferralListFile.Write(file, lines, seed, DateOnly.FromDateTime(DateTime.Now));
        Console.WriteLine($"Fichier : {file} — {lines:N0} lignes, {new FileInfo(file).Length / 1048576.0:F1} Mo, généré en {watch.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine();
        Console.WriteLine("| phase | durée (s) | CPU (s) | lignes/s | pic mémoire (Mo) | alloué GC (Mo) |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
        var phases = new List<string> { "read", "sqlite-cold", "sqlite", "sqlite-again" };
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG"))) phases.AddRange(["postgres-cold", "postgres", "postgres-again"]);
        var failed = 0;
        foreach (var phase in phases)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            foreach (var a in new[] { "referral-phase", phase, file, lines.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(a);
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
