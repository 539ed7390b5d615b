using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Exchange;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The Bilan quantitatif calculator (000 Annexe 1; contract §6) on the hand-built dataset, on both providers: every column
/// in total and per agency, the protocol option of columns 4 and 9 bis, the people behind the figures, and positive exits
/// that agree with the export's computed verdicts (contract §4.3).
/// </summary>
public class BilanQuantitatifTests : DatabaseTest
{
    private Task ImportAsync(string plie, string preset = "casa-2021-2023") => BilanDataset.ImportAsync(Db, plie, preset);

    private async Task<BilanReport> ComputeAsync(string plie, string? agency = null)
    {
        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();
        return await bilan.ComputeAsync((await bilan.PlieAsync(plie))!, BilanDataset.Year, agency, "json");
    }

    [Fact]
    public async Task Every_column_in_total_and_per_agency_matches_the_figures_computed_by_hand()
    {
        await ImportAsync("casa");

        var report = await ComputeAsync("casa");

        Assert.False(report.InfoSessionsInDenominator); // CASA: referrals by fiche de liaison (000 art. 3-4 a)
        BilanExpected.Equal(BilanExpected.Total, report.Main.Figures, "total");
        Assert.Equal([BilanDataset.A, BilanDataset.G, ""], report.Agencies.Select(a => a.Agency));
        BilanExpected.Equal(BilanExpected.Antibes, report.Agencies[0].Figures, "A");
        BilanExpected.Equal(BilanExpected.Grasse, report.Agencies[1].Figures, "G");
        BilanExpected.Equal(BilanExpected.NoAgency, report.Agencies[2].Figures, "N");
        Assert.Equal("Agence non renseignée", report.Agencies[2].Name);
    }

    [Fact]
    public async Task An_agency_asked_restricts_columns_1_to_13_and_keeps_the_plie_exits_in_14_to_16()
    {
        await ImportAsync("casa");

        var report = await ComputeAsync("casa", BilanDataset.G);

        Assert.Equal(BilanDataset.G, report.Agency);
        Assert.Empty(report.Agencies);
        BilanExpected.Equal(BilanExpected.Grasse, report.Main.Figures, "G");
    }

    [Fact]
    public async Task Where_referrals_go_through_information_collectives_columns_4_and_9bis_divide_by_col1_plus_col2()
    {
        // COV preset: bilan.infoSessionsInDenominator (001 art. 2-2; 000 Annexe 1 col. 4 and 9 bis « +colonne 2 »).
        await ImportAsync("cov", "cov-2020-2022");

        var report = await ComputeAsync("cov");

        Assert.True(report.InfoSessionsInDenominator);
        Assert.Equal(0.8421m, report.Main.Figures.Col4);    // 16 / (15 + 4)
        Assert.Equal(0.4737m, report.Main.Figures.Col9Bis); // 9 / (15 + 4)
        Assert.Equal(0.75m, report.Agencies[0].Figures.Col4);    // A: 9 / (9 + 3)
        Assert.Equal(0.4167m, report.Agencies[0].Figures.Col9Bis); // A: 5 / 12
    }

    [Fact]
    public async Task Positive_exits_are_the_export_computed_verdicts()
    {
        await ImportAsync("casa");
        await using var scope = Db.SystemScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<JourneyExporter>().ExportAsync("casa", output);
        using var exported = JsonDocument.Parse(output.ToArray());
        var exits = exported.RootElement.GetProperty("persons").EnumerateArray()
            .SelectMany(p => p.GetProperty("events").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "exit"
                && e.GetProperty("date").GetString()!.StartsWith("2025", StringComparison.Ordinal)))
            .ToList();

        var report = await ComputeAsync("casa");

        Assert.Equal(exits.Count, report.Main.Figures.Col14);
        Assert.Equal(exits.Count(e => e.GetProperty("computed").GetProperty("positive").GetBoolean()), report.Main.Figures.Col15);
    }

    [Theory]
    [InlineData("col2")]
    [InlineData("col7")]
    [InlineData("col11")]
    [InlineData("col13.dropout")]
    [InlineData("col15")]
    public async Task The_people_behind_a_figure_are_those_counted(string key)
    {
        await ImportAsync("casa");
        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();

        var people = await bilan.PeopleAsync((await bilan.PlieAsync("casa"))!, BilanDataset.Year, null, key);

        Assert.Equal(BilanExpected.PeopleOfTotal[key], people!.Select(p => p.Ref).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_people_behind_an_agency_figure_are_that_agency_s()
    {
        await ImportAsync("casa");
        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();

        var people = await bilan.PeopleAsync((await bilan.PlieAsync("casa"))!, BilanDataset.Year, BilanDataset.A, "col1");

        Assert.Equal(["B01", "B02", "B04", "B05", "B18", "B20", "B21", "B29", "B35"], people!.Select(p => p.Ref).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1989, null, "year")]
    [InlineData(2101, null, "year")]
    [InlineData(2025, "FT-INCONNUE", "agency")]
    public async Task Bad_input_names_the_field(int year, string? agency, string field)
    {
        await ImportAsync("casa");
        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();

        var error = await Assert.ThrowsAsync<ValidationException>(async () => await bilan.ComputeAsync((await bilan.PlieAsync("casa"))!, year, agency, "json"));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task A_year_without_facts_gives_zeros_and_null_rates()
    {
        await ImportAsync("casa");
        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();

        var report = await bilan.ComputeAsync((await bilan.PlieAsync("casa"))!, 2019, null, "json");

        Assert.True(report.IsEmpty);
        Assert.Equal(0, report.Main.Figures.Col1);
        Assert.Null(report.Main.Figures.Col4);
        Assert.Null(report.Main.Figures.Col16);
        Assert.Empty(report.Main.Figures.Col13);
        Assert.Empty(report.Agencies);
    }
}
