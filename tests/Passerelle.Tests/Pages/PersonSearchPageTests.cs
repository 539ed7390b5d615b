using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class PersonSearchPageTests : WebTest
{
    [Theory]
    [InlineData("nom=eloise")]
    [InlineData("nom=DUPRE")]
    [InlineData("nom=Dupré%20Élo")]
    [InlineData("naissance=14%2F07%2F1985")]
    [InlineData("naissance=1985-07-14")]
    [InlineData("ft=1234567x")]
    public async Task A_person_is_found_by_name_birth_date_or_France_Travail_id(string query)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);
        var eloise = await new PersonBuilder(plie.Id).Named("Éloïse", "Dupré").BornOn(new(1985, 7, 14)).WithFranceTravailId("1234567X").WithRef("CASA-0042").SaveAsync(Db);
        await new PersonBuilder(plie.Id).Named("Karim", "Benali").BornOn(new(1990, 1, 2)).WithFranceTravailId("7654321B").SaveAsync(Db);

        var page = await SearchAsync(ClientFor(referent), query);

        var rows = page.QuerySelectorAll("table.results tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal("DUPRÉ", row.QuerySelector("th a")!.TextContent);
        Assert.Equal($"/Personnes/{eloise.Id}", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["Éloïse", "14/07/1985", "1234567X", "CASA-0042"], row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Every_person_listed_leaves_a_search_audit_line_with_ids_only()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);
        var a = await new PersonBuilder(plie.Id).Named("Nadia", "Martin").SaveAsync(Db);
        var b = await new PersonBuilder(plie.Id).Named("Julien", "Martin").SaveAsync(Db);

        await SearchAsync(ClientFor(referent), "nom=martin");

        await using var scope = Db.SystemScope();
        var lines = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents
            .Where(e => e.Action == "person.search").ToListAsync();
        Assert.Equal(new[] { a.Id.ToString(), b.Id.ToString() }.Order(), lines.Select(l => l.RecordId).Order());
        Assert.All(lines, l =>
        {
            Assert.Equal(referent.Id, l.UserId);
            Assert.Equal("web", l.Channel);
            Assert.Equal(plie.Id, l.PlieId);
            Assert.DoesNotContain("Martin", l.Detail ?? "", StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Without_criteria_the_page_invites_to_search_and_without_match_it_says_so()
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));

        var empty = await GetHtmlAsync(client, "/Personnes");
        var none = await SearchAsync(client, "nom=personne");

        Assert.Contains("Saisissez un nom", empty.QuerySelector(".empty-state")!.TextContent);
        Assert.Null(empty.QuerySelector("table.results"));
        Assert.Contains("Aucune personne ne correspond", none.QuerySelector(".empty-state")!.TextContent);
        Assert.Equal("personne", none.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#nom")!.Value);
    }

    [Fact]
    public async Task An_invalid_birth_date_is_reported_on_its_field_and_nothing_is_searched()
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));

        var page = await SearchAsync(client, "nom=martin&naissance=31%2F02%2F1985");

        var input = page.QuerySelector("#naissance")!;
        Assert.Contains("is-invalid", input.ClassList);
        Assert.Contains("naissance-erreur", input.GetAttribute("aria-describedby"));
        Assert.Contains("Date de naissance", page.QuerySelector("#naissance-erreur")!.TextContent);
        Assert.Null(page.QuerySelector("table.results"));
    }

    [Fact]
    public async Task A_user_of_another_plie_finds_none_of_its_people()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        await Seed.PlieAsync(Db, "plie-b");
        await new PersonBuilder(a.Id).Named("Sophie", "Moreau").SaveAsync(Db);
        var referentB = await Seed.UserAsync(Db, "plie-b", Role.Referent);

        var page = await SearchAsync(ClientFor(referentB), "nom=moreau");

        Assert.Null(page.QuerySelector("table.results"));
        Assert.Contains("Aucune personne ne correspond", page.QuerySelector(".empty-state")!.TextContent);
    }

    [Theory]
    [InlineData(Role.FtCounsellor)]
    [InlineData(Role.FtCorrespondent)]
    public async Task A_France_Travail_agency_user_has_no_access_to_people(Role role)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        await new PersonBuilder(plie.Id).Named("Sophie", "Moreau").SaveAsync(Db);
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var client = ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", role));

        var search = await client.GetAsync("/Personnes?nom=moreau");
        var home = await GetHtmlAsync(client, "/");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, search.StatusCode);
        Assert.DoesNotContain("MOREAU", await search.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(home.QuerySelectorAll("a[href='/Personnes']"));
    }

    [Fact]
    public async Task A_referent_sees_the_people_link_in_the_navigation()
    {
        await Seed.PlieAsync(Db, "casa");

        var home = await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)), "/");

        Assert.NotEmpty(home.QuerySelectorAll("nav a[href='/Personnes']"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_not_let_in()
    {
        await Seed.PlieAsync(Db, "casa");

        var response = await ClientFor(null).GetAsync("/Personnes?nom=martin");

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }

    /// <summary>Submits the search form (a POST: names never travel in URLs) with the fields of a query string.</summary>
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> SearchAsync(HttpClient client, string query)
    {
        var fields = query.Split('&').Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
        var response = await PostFormAsync(client, "/Personnes", null, fields);
        Assert.True(response.IsSuccessStatusCode, $"POST /Personnes {query}: {(int)response.StatusCode}");
        return await HtmlAsync(response);
    }
}
