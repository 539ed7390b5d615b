using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;
using Passerelle.Web.Pages.Pilotage.Bilan;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// /Pilotage/Bilan on the hand-built dataset, on both providers (issue 6 « Acceptance »): the annex's columns with the
/// figures computed by hand, every figure linked to the people behind it, the totals equal to the export's, the charts
/// beside the table, the downloads, the empty state, roles.
/// </summary>
public class BilanPageTests : WebTest
{
    private WebApplicationFactory<Program>? clocked;

    // « Today » is 30 June 2026: the default year is 2025, the one due before 30 April.
    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(JourneyFiles.Today))))).ClientFor(user);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await BilanDataset.ImportAsync(Db, "casa");
    }

    private static string Text(IElement cell) =>
        Regex.Replace(string.Concat(cell.ChildNodes.Select(n => n is IElement { ClassName: "visually-hidden" } ? "" : n is IElement e && e.QuerySelector(".visually-hidden") is { } hidden ? e.TextContent.Replace(hidden.TextContent, "") : n.TextContent)), @"[ \t\r\n]+", " ").Trim();

    private static string Cell(IDocument page, string column, string scope) =>
        Text(page.QuerySelector($"td[data-col='{column}'][data-scope='{scope}']") ?? throw new InvalidOperationException($"no cell {column} {scope}"));

    [Fact]
    public async Task The_table_shows_every_column_computed_by_hand_in_total_and_per_agency()
    {
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Bilan");

        Assert.Equal("Bilan quantitatif 2025", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["Total France Travail", "Agence FT-ANTIBES", "Agence FT-GRASSE", "Agence non renseignée"],
            page.QuerySelectorAll(".bilan-table thead th").Skip(2).Select(th => th.TextContent.Trim()));
        foreach (var (scope, expected) in new[] { ("total", BilanExpected.Total), ("FT-ANTIBES", BilanExpected.Antibes), ("FT-GRASSE", BilanExpected.Grasse), ("", BilanExpected.NoAgency) })
        {
            foreach (var column in BilanColumns.All.Where(c => c.Kind != BilanColumnKind.ExitsByReason && c.Key is not ("col14" or "col15" or "col16")))
                Assert.Equal(BilanText.Of(expected.Value(column.Key)), Cell(page, column.Key, scope));
            foreach (var (reason, count) in expected.Col13)
                Assert.Equal(BilanText.Of(count), Cell(page, "col13." + reason, scope));
        }
        Assert.Equal("15", Cell(page, "col14", "plie"));
        Assert.Equal("7", Cell(page, "col15", "plie"));
        Assert.Equal("46,67\u00a0%", Cell(page, "col16", "plie"));
        // Annex titles, and a chart beside the table: an image with a title, the table still there.
        Assert.Contains(page.QuerySelectorAll(".bilan-table th[scope=row]"), th => th.TextContent.Trim() == "Taux de présence après orientation France Travail");
        var charts = page.QuerySelectorAll(".chart-cell svg[role=img]");
        Assert.Equal(2, charts.Length);
        Assert.All(charts, svg => Assert.NotNull(svg.QuerySelector("title")));
        Assert.Contains("Intégrés en accompagnement (col. 7) : 9", charts[0].QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_figure_links_to_the_people_behind_it_and_the_lists_agree_with_the_figures()
    {
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var client = Client(coordinator);
        var page = await GetHtmlAsync(client, "/Pilotage/Bilan?annee=2025");

        var cells = page.QuerySelectorAll("td[data-col]").ToList();
        Assert.NotEmpty(cells);
        // Every figure but a zero or a rate without denominator is a link.
        Assert.All(cells.Where(c => Text(c) is not ("0" or "—")), c => Assert.NotNull(c.QuerySelector("a[href^='/Pilotage/Bilan/Personnes']")));

        var col7 = await GetHtmlAsync(client, page.QuerySelector("td[data-col=col7][data-scope=total] a")!.GetAttribute("href")!);
        Assert.Equal(9, col7.QuerySelectorAll(".people-behind li").Length);
        var dropouts = await GetHtmlAsync(client, page.QuerySelector("td[data-col='col13.dropout'][data-scope='FT-ANTIBES'] a")!.GetAttribute("href")!);
        Assert.Equal(["(B08)", "(B21)"], dropouts.QuerySelectorAll(".people-behind li span").Select(s => s.TextContent.Trim()).Order());
        var noAgency = await GetHtmlAsync(client, page.QuerySelector("td[data-col=col1][data-scope=''] a")!.GetAttribute("href")!);
        Assert.Equal(["(B14)"], noAgency.QuerySelectorAll(".people-behind li span").Select(s => s.TextContent.Trim()));

        await using var scope = Db.SystemScope();
        var listings = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.Where(a => a.Action == BilanQuantitatif.ListAction).ToListAsync();
        Assert.Equal(3, listings.Count);
        Assert.Equal(9, AuditListing.Count(listings[0].Action, listings[0].Detail));
    }

    [Fact]
    public async Task The_page_totals_agree_with_the_export()
    {
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var client = Client(coordinator);
        var page = await GetHtmlAsync(client, "/Pilotage/Bilan?annee=2025");

        var response = await client.GetAsync("/Pilotage/Bilan?handler=Csv&annee=2025");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var rows = BilanFiles.Csv(await response.Content.ReadAsByteArrayAsync());
        var headings = rows[0];
        foreach (var row in rows.Skip(1))
        {
            var scope = row[2];
            foreach (var column in BilanColumns.All.Where(c => c.Kind is BilanColumnKind.People or BilanColumnKind.Exits && c.Key is not ("col14" or "col15")))
                Assert.Equal(row[Array.IndexOf(headings, column.Heading)], Cell(page, column.Key, scope));
        }
        var total = rows[1];
        Assert.Equal(total[Array.IndexOf(headings, BilanColumns.Col14.Heading)], Cell(page, "col14", "plie"));

        var xlsx = await client.GetAsync("/Pilotage/Bilan?handler=Xlsx&annee=2025");
        Assert.Equal(rows, BilanFiles.Xlsx(await xlsx.Content.ReadAsByteArrayAsync()));
        var json = await client.GetAsync("/Pilotage/Bilan?handler=Json&annee=2025&agence=FT-GRASSE");
        using var doc = System.Text.Json.JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        BilanExpected.Equal(BilanExpected.Grasse, BilanExpected.FromJson(doc.RootElement), "G");
    }

    [Fact]
    public async Task An_agency_chosen_shows_its_column_only()
    {
        var director = await Seed.UserAsync(Db, "casa", Role.Director);

        var page = await GetHtmlAsync(Client(director), "/Pilotage/Bilan?annee=2025&agence=FT-GRASSE");

        Assert.Equal(["Agence FT-GRASSE"], page.QuerySelectorAll(".bilan-table thead th").Skip(2).Select(th => th.TextContent.Trim()));
        Assert.Equal("120\u00a0%", Cell(page, "col4", "FT-GRASSE"));
        Assert.Equal("2", Cell(page, "col11", "FT-GRASSE"));
    }

    [Fact]
    public async Task A_year_without_facts_shows_the_empty_state()
    {
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Bilan?annee=2020");

        Assert.NotNull(page.QuerySelector(".empty-state"));
        Assert.Null(page.QuerySelector(".bilan-table"));
    }

    [Theory]
    [InlineData("annee=20x5", "annee", "Année")]
    [InlineData("annee=2025&agence=FT-INCONNUE", "agence", "Agence")]
    public async Task Bad_filters_are_named(string query, string field, string label)
    {
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Bilan?" + query);

        var link = page.QuerySelector($".alert-danger a[href='#{field}']")!;
        Assert.StartsWith(label, link.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#{field}"));
    }

    [Fact]
    public async Task Roles_without_reports_are_refused_and_people_lists_need_reading_people()
    {
        var assistant = await Seed.UserAsync(Db, "casa", Role.Assistant);
        var refused = await Client(assistant).GetAsync("/Pilotage/Bilan?annee=2025");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);

        // The FSE auditor reads reports and people.
        var auditor = await Seed.UserAsync(Db, "casa", Role.Auditor);
        var page = await GetHtmlAsync(Client(auditor), "/Pilotage/Bilan?annee=2025");
        Assert.NotNull(page.QuerySelector("td[data-col=col1] a"));

        // Another PLIE's coordinator sees their own (empty) PLIE, never casa's people.
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var other = await Seed.UserAsync(Db, "cov", Role.Coordinator);
        var theirs = await GetHtmlAsync(Client(other), "/Pilotage/Bilan?annee=2025");
        Assert.NotNull(theirs.QuerySelector(".empty-state"));
        var list = await GetHtmlAsync(Client(other), "/Pilotage/Bilan/Personnes?annee=2025&cle=col7");
        Assert.Empty(list.QuerySelectorAll(".people-behind li"));
    }
}
