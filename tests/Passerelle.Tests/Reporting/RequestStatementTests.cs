using System.Net;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Tests.TestSupport;
using Passerelle.Tests.Tracking;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The yearly « état des demandes adressées à Pôle emploi et … des réalisations effectives » (000 art. 6; issue 5 item 5):
/// requests counted by their date in the year, their fate at the year's end (or today while the year runs); figures by hand.
/// </summary>
public class RequestStatementTests : WebTest
{
    private static RequestEvent Request(string kind, DateOnly on, string? outcome = null, DateOnly? answered = null) =>
        new() { Kind = kind, Date = on, Outcome = outcome, OutcomeDate = answered };

    private static readonly RequestEvent[] Year2025 =
    [
        Request("afc", new(2025, 2, 1), "realised", new(2025, 3, 1)),
        Request("afc", new(2025, 6, 1), "refused", new(2025, 7, 1)),
        Request("afc", new(2025, 12, 20), "realised", new(2026, 1, 10)),   // answered after the year: pending in 2025's state
        Request("aif", new(2025, 5, 5)),
        Request("mobility", new(2024, 12, 31), "realised", new(2025, 1, 5)), // made in 2024
        Request("mobility", new(2025, 1, 1), "realised", new(2025, 1, 2)),
        Request("licence_b", new(2026, 1, 2)),                             // made in 2026
    ];

    [Fact]
    public void A_past_year_counts_its_requests_and_their_fate_on_the_31st_of_December()
    {
        var cutOff = RequestStatement.CutOff(2025, new DateOnly(2026, 3, 1));
        var rows = RequestStatement.Rows(Year2025, 2025, cutOff).ToDictionary(r => r.Kind, r => (r.Total, r.Realised, r.Refused, r.Waiting));

        Assert.Equal(new DateOnly(2025, 12, 31), cutOff);
        Assert.Equal(Codes.RequestKinds.Count, rows.Count);
        Assert.Equal((3, 1, 1, 1), rows["afc"]);
        Assert.Equal((1, 0, 0, 1), rows["aif"]);
        Assert.Equal((1, 1, 0, 0), rows["mobility"]);
        Assert.Equal((0, 0, 0, 0), rows["licence_b"]);
        Assert.Equal((5, 2, 1, 2), (rows.Values.Sum(r => r.Total), rows.Values.Sum(r => r.Realised), rows.Values.Sum(r => r.Refused), rows.Values.Sum(r => r.Waiting)));
    }

    [Fact]
    public void The_current_year_counts_up_to_today()
    {
        var today = new DateOnly(2026, 3, 1);
        var rows = RequestStatement.Rows(
            [Request("pmsmp", new(2026, 2, 1), "realised", new(2026, 2, 15)), Request("pmsmp", new(2026, 2, 20), "realised", new(2026, 3, 5)), Request("pmsmp", new(2026, 3, 2))],
            2026, RequestStatement.CutOff(2026, today));

        var pmsmp = rows.Single(r => r.Kind == "pmsmp");
        Assert.Equal((2, 1, 0, 1), (pmsmp.Total, pmsmp.Realised, pmsmp.Refused, pmsmp.Waiting));
    }

    [Fact]
    public async Task The_page_shows_the_state_with_its_chart_and_downloads_it_as_xlsx_and_csv()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await new PersonBuilder(casa.Id).WithEvents(_ => [.. Year2025.Take(4)]).SaveAsync(Db);
        await new PersonBuilder(casa.Id).WithEvents(_ => [.. Year2025.Skip(4)]).SaveAsync(Db);
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await new PersonBuilder(cov.Id).WithEvents(_ => [Request("afc", new(2025, 4, 1), "realised", new(2025, 4, 2))]).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Coordinator));

        var page = await GetHtmlAsync(client, "/Conventions/Demandes?annee=2025");

        string Cells(string kind) => string.Join("|", page.QuerySelectorAll($"table.etat-demandes tr[data-kind={kind}] td").Select(c => c.TextContent.Trim()));
        Assert.Equal("3|1|1|1", Cells("afc"));
        Assert.Equal("5|2|1|2", Cells("total"));
        Assert.Contains("Action de formation conventionnée (AFC) — Réalisées", page.QuerySelector("svg.chart")!.TextContent, StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("etat-demandes-").FullName;
        foreach (var format in new[] { "xlsx", "csv" })
        {
            var response = await client.GetAsync($"/Conventions/Demandes?handler=Export&annee=2025&format={format}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await File.WriteAllBytesAsync(Path.Combine(folder, "e." + format), await response.Content.ReadAsByteArrayAsync());
        }
        var xlsx = TrackingFileReader.ReadXlsx(Path.Combine(folder, "e.xlsx")).Select(r => r.Select(c => c.Text).ToList()).ToList();
        var csv = TrackingFileReader.ReadCsv(Path.Combine(folder, "e.csv"));
        Assert.Equal(xlsx, csv);
        Assert.Equal(["Code", "Nature de la demande", "Demandes", "Réalisées", "Refusées", "En attente"], xlsx[0]);
        Assert.Equal(["afc", "Action de formation conventionnée (AFC)", "3", "1", "1", "1"], xlsx[1]);
        Assert.Equal(["total", "Total", "5", "2", "1", "2"], xlsx[^1]);
        Assert.Equal(Codes.RequestKinds.Count + 2, xlsx.Count);
        Assert.Equal(HttpStatusCode.Forbidden, (await ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)).GetAsync("/Conventions/Demandes")).StatusCode);
    }
}
