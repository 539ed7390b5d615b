using System.Diagnostics;
using System.Text;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>
/// Runs the real command-line program (passerelle.dll, copied next to the tests) in its own process, on the test's
/// database: configuration comes from environment variables exactly as for an administrator.
/// </summary>
public static class CliRun
{
    public static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(TestDatabase db, params string[] args) =>
        RunWithInputAsync(db, null, args);

    /// <summary>Same, with <paramref name="stdin"/> written to the program's standard input, then closed.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunWithInputAsync(TestDatabase db, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "passerelle.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["Passerelle__Database__Provider"] = db.Options.Provider.ToString();
        start.Environment["ConnectionStrings__Passerelle"] = db.Options.ConnectionString;
        if (stdin is not null) start.StandardInputEncoding = new UTF8Encoding(false);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
