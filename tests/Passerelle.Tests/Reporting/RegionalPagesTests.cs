using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// /Pilotage/Regional and /Pilotage/Qualitatif on <see cref="RegionalDataset"/>, on both providers: who may open them, the
/// figures and subtotals shown, the questionnaire's errors naming the question and nothing saved, the comments on the page
/// and never in the downloads.
/// </summary>
public class RegionalPagesTests : WebTest
{
    private WebApplicationFactory<Program>? clocked;

    // « Today » is 30 June 2026: the default year is 2025.
    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(JourneyFiles.Today))))).ClientFor(user);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RegionalDataset.SeedAsync(Db);
    }

    [Fact]
    public async Task A_coordinator_may_not_open_the_regional_page_and_a_director_sees_the_plie_of_their_carrier_only()
    {
        var coordinator = await Seed.UserAsync(Db, "martigues", Role.Coordinator);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(coordinator).GetAsync("/Pilotage/Regional")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(coordinator).GetAsync("/Pilotage/Regional?handler=Xlsx")).StatusCode);

        var director = await Seed.UserAsync(Db, "martigues", Role.Director);
        var page = await GetHtmlAsync(Client(director), "/Pilotage/Regional");

        Assert.Equal("Indicateurs de pilotage régionaux 2025", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(["martigues", "mpm-centre", "sous-total:13"],
            page.QuerySelectorAll("#tableau-plie tbody tr[data-plie]").Select(r => r.GetAttribute("data-plie")!));
        Assert.Equal("33,33\u00a0%", page.QuerySelector("#tableau-plie tr[data-plie=martigues] td[data-col=col4]")!.TextContent.Trim());
        Assert.Equal("3", page.QuerySelector("#tableau-plie tr[data-plie=total] td[data-col=col1]")!.TextContent.Trim());
        Assert.Equal("2", page.QuerySelector("#tableau-ft tr[data-plie=total] td[data-col=ft4]")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll(".chart-cell svg[role=img]").Length);
        Assert.DoesNotContain("PLIE casa", page.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Regional", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal); // no person's name
    }

    [Fact]
    public async Task The_downloads_are_xlsx_and_csv()
    {
        var director = await Seed.UserAsync(Db, "martigues", Role.Director);
        var xlsx = await Client(director).GetAsync("/Pilotage/Regional?handler=Xlsx&annee=2025&regroupement=porteur");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("indicateurs-regionaux-2025-porteur.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar ?? xlsx.Content.Headers.ContentDisposition.FileName);
        var csv = await (await Client(director).GetAsync("/Pilotage/Regional?handler=Csv&annee=2025")).Content.ReadAsStringAsync();
        Assert.Contains("2025;departement;13;martigues;2;1;1", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_year_or_grouping_is_named_in_the_page()
    {
        var director = await Seed.UserAsync(Db, "martigues", Role.Director);
        var page = await GetHtmlAsync(Client(director), "/Pilotage/Regional?annee=20x5&regroupement=canton");
        var errors = page.QuerySelectorAll(".alert-danger li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Contains(errors, e => e.StartsWith("Année :", StringComparison.Ordinal));
        var grouping = await GetHtmlAsync(Client(director), "/Pilotage/Regional?annee=2025&regroupement=canton");
        Assert.StartsWith("Regroupement : regroupement inconnu « canton »", grouping.QuerySelector(".alert-danger li")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coordinator_answers_the_questionnaire_errors_name_the_question_and_comments_stay_out_of_the_files()
    {
        var convention = await RegionalDataset.ConventionAsync(Db, "casa", "FT-ANTIBES");
        var foreign = await RegionalDataset.ConventionAsync(Db, "nca", "FT-NICE");
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var client = Client(coordinator);
        var index = await GetHtmlAsync(client, "/Pilotage/Qualitatif");
        var url = index.QuerySelector("#conventions ~ table a, section[aria-labelledby=conventions] a[href*=Questionnaire]")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Pilotage/Qualitatif/Questionnaire?convention={foreign}&annee=2025")).StatusCode);

        var form = await GetHtmlAsync(client, url);
        Assert.Equal(8, form.QuerySelectorAll("form.qualitative-form fieldset").Length);
        Assert.StartsWith("Question 1. Les spécificités des publics orientés par Pôle emploi", form.QuerySelector("fieldset legend")!.TextContent.Trim(), StringComparison.Ordinal);

        var fields = Enumerable.Range(1, 8).Where(q => q != 3).ToDictionary(q => $"q{q}", q => q % 2 == 0 ? "partly" : "fully");
        fields["q1-commentaire"] = "Publics négociés lors du comité local.";
        var refused = await PostFormAsync(client, url, null, fields);
        var errorPage = await HtmlAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Question 3 : choisissez une réponse (tout à fait, moyen ou pas du tout).", errorPage.QuerySelector(".alert-danger li")!.TextContent.Trim());
        Assert.Equal("#q3-fully", errorPage.QuerySelector(".alert-danger li a")!.GetAttribute("href"));
        Assert.Equal("Publics négociés lors du comité local.", errorPage.QuerySelector("#q1-commentaire")!.TextContent); // kept for another try

        fields["q3"] = "not_at_all";
        var saved = await PostFormAsync(client, url, null, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var report = await GetHtmlAsync(client, "/Pilotage/Qualitatif");
        Assert.Contains("Publics négociés lors du comité local.", report.QuerySelector(".qualitative-arguments")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("100\u00a0%", report.QuerySelector("table[data-group='06'] td[data-plie=total][data-q='3'][data-answer=not_at_all]")!.TextContent.Trim());
        Assert.Null(report.QuerySelector("td[data-plie=nca]"));
        Assert.Contains("jamais les argumentations", report.QuerySelector("#note-commentaires")!.TextContent, StringComparison.Ordinal);
        var xlsx = await (await client.GetAsync("/Pilotage/Qualitatif?handler=Xlsx&annee=2025")).Content.ReadAsByteArrayAsync();
        var csv = await (await client.GetAsync("/Pilotage/Qualitatif?handler=Csv&annee=2025")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("comité local", System.Text.Encoding.UTF8.GetString(Unzip(xlsx)), StringComparison.Ordinal);
        Assert.DoesNotContain("comité local", csv, StringComparison.Ordinal);
        Assert.Contains("2025;06;casa;3;0;0;1", csv, StringComparison.Ordinal);
    }

    private static byte[] Unzip(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var all = new MemoryStream();
        foreach (var entry in zip.Entries) entry.Open().CopyTo(all);
        return all.ToArray();
    }

    [Fact]
    public async Task An_assistant_cannot_open_the_bilan_qualitatif_nor_a_referent_the_questionnaire()
    {
        var convention = await RegionalDataset.ConventionAsync(Db, "casa", "FT-ANTIBES");
        Assert.Equal(HttpStatusCode.Forbidden, (await Client(await Seed.UserAsync(Db, "casa", Role.Assistant)).GetAsync("/Pilotage/Qualitatif")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden,
            (await Client(await Seed.UserAsync(Db, "casa", Role.Referent)).GetAsync($"/Pilotage/Qualitatif/Questionnaire?convention={convention}&annee=2025")).StatusCode);
    }
}
