using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class OrganisationAdministrationPageTests : WebTest
{
    private async Task<HttpClient> PlatformAdminAsync()
    {
        await Seed.OrganisationAsync(Db, OrganisationKind.Platform, "plateforme");
        return ClientFor(await Seed.UserAsync(Db, "plateforme", Role.Admin));
    }

    [Fact]
    public async Task The_platform_admin_creates_a_plie_with_a_preset_under_its_carrier()
    {
        var carrier = await Seed.OrganisationAsync(Db, OrganisationKind.Carrier, "ca-test");
        var client = await PlatformAdminAsync();

        var response = await PostFormAsync(client, "/Administration/Organisations", null, new Dictionary<string, string>
        {
            ["Kind"] = "Plie",
            ["Code"] = "cov",
            ["Name"] = "PLIE Choisy-Orly-Villeneuve",
            ["ParentId"] = carrier.Id.ToString(),
            ["Preset"] = "cov-2020-2022",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await GetHtmlAsync(client, response.Headers.Location!.ToString());
        Assert.Contains("« cov » a été créée", page.QuerySelector(".alert-success")!.TextContent);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var plie = await db.Organisations.SingleAsync(o => o.Code == "cov");
        Assert.Equal(carrier.Id, plie.ParentId);
        Assert.Equal("cov-2020-2022", (await db.Protocols.SingleAsync(p => p.PlieId == plie.Id)).Preset);
    }

    [Fact]
    public async Task A_duplicate_code_is_shown_next_to_the_code_field()
    {
        await Seed.PlieAsync(Db, "casa");
        var client = await PlatformAdminAsync();

        var response = await PostFormAsync(client, "/Administration/Organisations", null, new Dictionary<string, string>
        {
            ["Kind"] = "FranceTravailAgency",
            ["Code"] = "casa",
            ["Name"] = "France Travail Antibes",
        });

        var page = await HtmlAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is-invalid", page.QuerySelector("#Code")!.ClassList);
        Assert.Contains("porte déjà le code « casa »", page.QuerySelector("#Code-erreur")!.TextContent);
        Assert.Equal("France Travail Antibes", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Name")!.Value);
    }

    [Fact]
    public async Task Organisations_are_listed_by_kind()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");

        var page = await GetHtmlAsync(await PlatformAdminAsync(), "/Administration/Organisations");

        var captions = page.QuerySelectorAll("table caption").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("PLIE (1)", captions);
        Assert.Contains("Agence France Travail (1)", captions);
    }

    [Fact]
    public async Task An_admin_of_a_plie_manages_users_but_not_the_instance_organisations()
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Admin));

        var organisations = await client.GetAsync("/Administration/Organisations");
        var users = await client.GetAsync("/Administration/Utilisateurs");

        Assert.Equal(HttpStatusCode.Forbidden, organisations.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
    }
}
