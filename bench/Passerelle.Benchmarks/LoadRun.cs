using System.Diagnostics;

namespace Passerelle.Benchmarks;

/// <summary>
/// <c>clients</c> concurrent loops of GET on one URL for a while, each waiting for its answer before the next
/// (closed loop, like users); throughput and latency percentiles over the measured period (after a warm-up), and
/// the server's CPU time per answer (<see cref="ServerCpuMs"/>: the server process's user + system time), which
/// depends much less than the latencies on what else the machine runs.
/// </summary>
public sealed record LoadRun(string Name, int Requests, int Errors, double Seconds, double P50, double P95, double P99, double ServerCpuMs)
{
    public double Throughput => Requests / Seconds;
    public double CpuPerRequest => ServerCpuMs / Math.Max(1, Requests + Errors);

    public static async Task<LoadRun> RunAsync(HttpClient http, string name, string url, string? cookie, int clients, TimeSpan warmUp, TimeSpan duration, Process server)
    {
        await LoopAsync(http, url, cookie, clients, warmUp);
        server.Refresh();
        var cpu = server.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var results = await LoopAsync(http, url, cookie, clients, duration);
        var seconds = watch.Elapsed.TotalSeconds;
        server.Refresh();
        cpu = server.TotalProcessorTime - cpu;
        var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
        return new LoadRun(name, latencies.Length, results.Sum(r => r.Errors), seconds,
            Percentile(latencies, 0.50), Percentile(latencies, 0.95), Percentile(latencies, 0.99), cpu.TotalMilliseconds);
    }

    private static async Task<(List<double> Latencies, int Errors)[]> LoopAsync(HttpClient http, string url, string? cookie, int clients, TimeSpan duration)
    {
        var end = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        return await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var latencies = new List<double>();
            var errors = 0;
            while (Stopwatch.GetTimestamp() < end)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                if (cookie is not null) request.Headers.Add("Cookie", cookie);
                var start = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
                await response.Content.ReadAsByteArrayAsync();
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (response.IsSuccessStatusCode) latencies.Add(ms);
                else errors++;
            }
            return (latencies, errors);
        })));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
