using System.Globalization;
using System.Text.Json;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// `./passerelle report bilan-quantitatif` (contract §3 and §6) on the hand-built dataset, in its own process, on both
/// providers: the JSON keys and figures, the CSV and XLSX with the annex's French titles and the same figures, bad input.
/// </summary>
public class BilanCliTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await BilanDataset.ImportAsync(Db, "casa");
    }

    [Fact]
    public async Task Json_carries_every_column_in_total_and_per_agency()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Db, "report", "bilan-quantitatif", "--plie", "casa", "--year", "2025", "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("casa", root.GetProperty("plie").GetString());
        Assert.Equal(2025, root.GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("agency").ValueKind);
        foreach (var key in new[] { "col1", "col2", "col3", "col4", "col5", "col6", "col7", "col8", "col9", "col9bis", "col10", "col11", "col12", "col13", "col14", "col15", "col16" })
            Assert.True(root.TryGetProperty(key, out _), key);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("col13").ValueKind);
        BilanExpected.Equal(BilanExpected.Total, BilanExpected.FromJson(root), "total");
        var agencies = root.GetProperty("agencies").EnumerateArray().ToList();
        Assert.Equal(["FT-ANTIBES", "FT-GRASSE", null], agencies.Select(a => a.GetProperty("agency").GetString()));
        BilanExpected.Equal(BilanExpected.Antibes, BilanExpected.FromJson(agencies[0]), "A");
        BilanExpected.Equal(BilanExpected.Grasse, BilanExpected.FromJson(agencies[1]), "G");
        BilanExpected.Equal(BilanExpected.NoAgency, BilanExpected.FromJson(agencies[2]), "N");
        // Rates are fractions rounded to 4 decimals, written as such (contract §6).
        Assert.Contains("\"col4\": 1.0667", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agency_restricts_columns_1_to_13()
    {
        var (code, stdout, stderr) = await CliRun.RunAsync(Db, "report", "bilan-quantitatif", "--plie", "casa", "--year", "2025", "--agency", "FT-GRASSE", "--format", "json");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("FT-GRASSE", json.RootElement.GetProperty("agency").GetString());
        BilanExpected.Equal(BilanExpected.Grasse, BilanExpected.FromJson(json.RootElement), "G");
        Assert.Empty(json.RootElement.GetProperty("agencies").EnumerateArray());
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Csv_and_xlsx_carry_the_annex_titles_and_the_same_figures(string format)
    {
        var file = Path.Combine(Path.GetTempPath(), $"bilan-{Guid.NewGuid():N}.{format}");
        try
        {
            var (code, _, stderr) = await CliRun.RunAsync(Db, "report", "bilan-quantitatif", "--plie", "casa", "--year", "2025", "--format", format, "--out", file);

            Assert.True(code == 0, stderr);
            var bytes = await File.ReadAllBytesAsync(file);
            var rows = format == "csv" ? BilanFiles.Csv(bytes) : BilanFiles.Xlsx(bytes);
            var headings = rows[0];
            Assert.Equal(BilanSheet.Headings, headings);
            Assert.Contains("Colonne 1 / Nombre d'orientations France Travail par an sur le flux", headings);
            Assert.Contains("Colonne 9 bis / Taux d'intégration en accompagnement / nombre de demandeurs d'emploi orientés par France Travail", headings);
            Assert.Contains("Colonne 13 / Nombre de sorties par an par motif : Rupture / abandon", headings);
            Assert.Equal(["total", "FT-ANTIBES", "FT-GRASSE", ""], rows.Skip(1).Select(r => r[2]));
            Assert.All(rows.Skip(1), r => Assert.Equal(["casa", "2025"], r[..2]));
            string Cell(int row, string heading) => rows[row][Array.IndexOf(headings, heading)];
            foreach (var (row, expected) in new[] { (1, BilanExpected.Total), (2, BilanExpected.Antibes), (3, BilanExpected.Grasse), (4, BilanExpected.NoAgency) })
            {
                foreach (var column in BilanColumns.All.Where(c => c.Kind != BilanColumnKind.ExitsByReason))
                    Assert.Equal(Text(expected.Value(column.Key)), Cell(row, column.Heading));
                foreach (var reason in BilanColumns.ExitReasons)
                    Assert.Equal(expected.Col13.GetValueOrDefault(reason).ToString(CultureInfo.InvariantCulture), Cell(row, BilanColumns.ReasonHeading(reason)));
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    [Theory]
    [InlineData("--format", "pdf", "--format")]
    [InlineData("--year", "25", "--year")]
    [InlineData("--year", "1850", "--year")]
    [InlineData("--plie", "nulle-part", "--plie")]
    [InlineData("--agency", "FT-INCONNUE", "--agency")]
    public async Task Bad_input_exits_2_naming_the_option(string option, string value, string named)
    {
        var args = new Dictionary<string, string> { ["--plie"] = "casa", ["--year"] = "2025", ["--format"] = "json" };
        args[option] = value;

        var (code, stdout, stderr) = await CliRun.RunAsync(Db, ["report", "bilan-quantitatif", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        Assert.Equal(2, code);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Help_describes_the_verb()
    {
        var (code, stdout, _) = await CliRun.RunAsync(Db, "report", "bilan-quantitatif", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--agency", stdout, StringComparison.Ordinal);
        Assert.Contains("annexe 1", stdout, StringComparison.Ordinal);
    }
}
