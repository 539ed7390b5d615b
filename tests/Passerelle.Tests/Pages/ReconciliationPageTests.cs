using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// /Conventions/Rapprochement (issue 5 item 4): the coordinator drops France Travail's PNI list and reads the differences grouped
/// by kind with the action and a link to each person, or the refusal report by line and column; past reconciliations listed.
/// </summary>
public class ReconciliationPageTests : WebTest
{
    private const string Url = "/Conventions/Rapprochement";
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, Stream file)
    {
        var page = await GetHtmlAsync(client, Url);
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").Single();
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value), "__RequestVerificationToken" },
        };
        var bytes = new StreamContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "fichier", "liste-pni.xlsx");
        return await client.PostAsync(Url, content);
    }

    [Fact]
    public async Task The_coordinator_drops_the_list_and_reads_the_differences_with_their_action_and_the_history()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var missing = await new PersonBuilder(casa.Id).Named("Apolline", "Maisonnée").WithFranceTravailId("1000004A").WithEvents(_ =>
            [new ReferralEvent { Date = Today.AddMonths(-3), PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
             new IntegrationEvent { Date = Today.AddMonths(-2), Referent = "referente@casa.test" }]).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Coordinator));

        var response = await UploadAsync(client, Xlsx.Build([["IDE", "Agence", "Début PNI"], ["9999999Z", "FT-ANTIBES", "01/02/2026"]]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/Conventions/Rapprochement/[0-9a-f-]{36}$", location);
        var page = await GetHtmlAsync(client, location);
        Assert.Equal(["missing_pni", "unknown_id"], page.QuerySelectorAll("section.ecart").Select(s => s.GetAttribute("data-kind")));
        var missingSection = page.QuerySelector("section.ecart[data-kind=missing_pni]")!;
        Assert.Contains("Demander à France Travail le codage PNI", missingSection.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Personnes/{missing.Id}", missingSection.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("MAISONNÉE Apolline", missingSection.TextContent, StringComparison.Ordinal);
        Assert.Contains("9999999Z", page.QuerySelector("section.ecart[data-kind=unknown_id]")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("table.historique tbody tr"));
    }

    [Fact]
    public async Task A_malformed_list_comes_back_with_its_report_by_line_and_column_and_nothing_is_kept()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Coordinator));

        var response = await UploadAsync(client, Xlsx.Build([["IDE", "Agence", "Début PNI"], ["9999999Z", "FT-ATLANTIS", "31/02/2026"]]));

        var page = await HtmlAsync(response);
        var report = page.QuerySelectorAll("section.rapport tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();
        Assert.Contains(report, r => r.StartsWith("2|Agence|agence inconnue « FT-ATLANTIS »", StringComparison.Ordinal));
        Assert.Contains(report, r => r.StartsWith("2|Début PNI|date impossible « 31/02/2026 »", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("table.historique"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url}/{Guid.NewGuid()}")).StatusCode);
    }
}
