using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>Contract §3: `import journeys FILE` and `export journeys --plie CODE`, run as an administrator would.</summary>
public class ExchangeCliTests : ExchangeTest
{
    [Fact]
    public async Task A_bad_file_exits_2_and_lists_every_problem_with_file_and_path_on_stderr()
    {
        await Seed.PlieAsync(Db, "casa");
        var file = Path.Combine(Path.GetTempPath(), $"journeys-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JourneyFiles.Valid
            .Replace("\"mode\": \"phone\"", "\"mode\": \"pigeon\"", StringComparison.Ordinal)
            .Replace("\"plie\": \"casa\"", "\"plie\": \"atlantis\"", StringComparison.Ordinal));
        var before = await CountsAsync();
        try
        {
            var (code, _, stderr) = await CliRun.RunAsync(Db, "import", "journeys", file);

            Assert.Equal(2, code);
            Assert.Contains($"{file}: $.plie : PLIE inconnu « atlantis »", stderr, StringComparison.Ordinal);
            Assert.Contains($"{file}: $.persons[0].events[4].mode : code inconnu « pigeon »", stderr, StringComparison.Ordinal);
            Assert.Contains("rien n'a été importé", stderr, StringComparison.Ordinal);
            Assert.Equal(before, await CountsAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Import_then_export_round_trips_through_the_command_line()
    {
        await Seed.PlieAsync(Db, "casa");
        // Dates of the sample file are all in the past of any real "today" after mid-2026.
        var file = Path.Combine(Path.GetTempPath(), $"journeys-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JourneyFiles.Valid);
        try
        {
            var import = await CliRun.RunAsync(Db, "import", "journeys", file);
            Assert.True(import.ExitCode == 0, import.Stderr);
            Assert.Contains("2 personne(s) créée(s)", import.Stdout, StringComparison.Ordinal);

            var export = await CliRun.RunAsync(Db, "export", "journeys", "--plie", "casa");
            Assert.True(export.ExitCode == 0, export.Stderr);
            Assert.Equal(await JourneyFiles.CanonicalAsync(JourneyFiles.Valid, "casa-2021-2023"), export.Stdout);
            Assert.Contains("2 personne(s) exportée(s)", export.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_of_an_unknown_PLIE_exits_2()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Db, "export", "journeys", "--plie", "atlantis");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("Aucun PLIE ne porte le code « atlantis »", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_the_verbs()
    {
        var import = await CliRun.RunAsync(Db, "import", "journeys", "--help");
        var export = await CliRun.RunAsync(Db, "export", "journeys", "--help");

        Assert.Equal((0, 0), (import.ExitCode, export.ExitCode));
        Assert.Contains("Tout ou rien", import.Stdout, StringComparison.Ordinal);
        Assert.Contains("--plie", export.Stdout, StringComparison.Ordinal);
    }
}
