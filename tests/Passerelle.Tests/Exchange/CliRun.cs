using System.Diagnostics;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>
/// Runs the real command-line program (passerelle.dll, copied next to the tests) in its own process, on the test's
/// database: configuration comes from environment variables exactly as for an administrator.
/// </summary>
public static class CliRun
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TestDatabase db, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "passerelle.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Passerelle__Database__Provider"] = db.Options.Provider.ToString();
        start.Environment["ConnectionStrings__Passerelle"] = db.Options.ConnectionString;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
