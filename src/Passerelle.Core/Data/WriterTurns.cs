using System.Collections.Concurrent;

namespace Passerelle.Core.Data;

/// <summary>
/// One writer at a time per SQLite database in this process, queued without blocking a thread. SQLite has a single
/// writer; when a second one finds the database locked, Microsoft.Data.Sqlite retries it with a blocking
/// <c>Thread.Sleep(150)</c>, so that under concurrent requests that each write a line (the caseload's audit line)
/// the sleeping threads starve the thread pool and pages wait for seconds (docs/benchmarks.md). Writers that open
/// their transaction themselves (imports) or run in another process still meet SQLite's own locking.
/// </summary>
internal static class WriterTurns
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    public static async Task<IDisposable?> WaitAsync(string database, CancellationToken ct)
    {
        var gate = Gates.GetOrAdd(database, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        return new Turn(gate);
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }
}
