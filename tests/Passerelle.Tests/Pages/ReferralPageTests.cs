using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// The online fiche de liaison and "Mes orientations" (issue 3 item 1; 001 annex 2: "formulaire en ligne"): coded
/// fields only, the notice of the convention, duplicates shown with a choice, the prescriber's list and nothing else.
/// </summary>
public class ReferralPageTests : WebTest
{
    private static Dictionary<string, string> Awa() => new()
    {
        ["Input.Date"] = "2026-11-02",
        ["Input.Channel"] = "flow",
        ["Input.LastName"] = "Diallo",
        ["Input.FirstName"] = "Awa",
        ["Input.BirthDate"] = "02/04/1981",
        ["Input.Sex"] = "F",
        ["Input.Commune"] = "06004",
        ["Input.FranceTravailId"] = "1234567A",
        ["Input.Rsa"] = "true",
        ["Input.EducationLevel"] = "3",
        ["Input.PersonInformed"] = "true",
    };

    private async Task<(Organisation Casa, HttpClient Client)> ArrangeAsync(bool twoPlies = false)
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        if (twoPlies) await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        return (casa, ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor)));
    }

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    /// <summary>Posts the main form of an answered page (its token and hidden fields), as a browser would.</summary>
    private static async Task<HttpResponseMessage> ResubmitAsync(HttpClient client, IHtmlDocument page, string url, IDictionary<string, string> fields)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").First();
        // Hidden fields may repeat (ASP.NET Core's "__Invariant" markers): a list, not a dictionary.
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name!))
            .Select(i => KeyValuePair.Create(i.Name!, i.Value)).Concat(fields).ToList();
        return await client.PostAsync(form.GetAttribute("action") is { Length: > 0 } a ? a : url, new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task With_several_PLIE_the_counsellor_chooses_one_then_fills_coded_fields_under_its_convention_notice()
    {
        var (_, client) = await ArrangeAsync(twoPlies: true);

        var choice = await GetHtmlAsync(client, "/Orientations/Nouvelle");
        var form = await GetHtmlAsync(client, "/Orientations/Nouvelle?plie=casa");

        Assert.Equal(["casa", "cov"], choice.QuerySelectorAll<IHtmlInputElement>("input[name=plie]").Select(i => i.Value).Order());
        Assert.Empty(form.QuerySelectorAll("textarea"));
        var communes = form.QuerySelectorAll<IHtmlOptionElement>("#Input_Commune option").Where(o => o.Value.Length > 0).ToList();
        Assert.Equal(24, communes.Count);
        Assert.Contains(communes, o => o.Value == "06004" && o.Text.StartsWith("Antibes", StringComparison.Ordinal));
        var notice = form.QuerySelector(".mention")!.TextContent;
        Assert.Contains("France Travail", notice, StringComparison.Ordinal);
        Assert.Contains("au plus tard 10 ans après la fin de la convention", notice, StringComparison.Ordinal);
        Assert.NotNull(form.QuerySelector("label[for=Input_PersonInformed]"));
        Assert.All(form.QuerySelectorAll<IHtmlInputElement>("main form input:not([type=hidden])"),
            i => Assert.True(form.QuerySelector($"label[for='{i.Id}']") is not null, $"{i.Name} has no label."));
    }

    [Fact]
    public async Task A_sent_fiche_comes_back_printable_and_in_Mes_orientations()
    {
        var (_, client) = await ArrangeAsync();

        var response = await PostFormAsync(client, "/Orientations/Nouvelle", null, Awa());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var url = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Orientations/Fiche/", url, StringComparison.Ordinal);
        var fiche = await GetHtmlAsync(client, url);
        Assert.Equal("Fiche de liaison envoyée au PLIE casa.", fiche.QuerySelector("[role=status]")!.TextContent.Trim());
        var text = fiche.QuerySelector("article.fiche")!.TextContent;
        foreach (var expected in new[] { "Diallo", "02/04/1981", "Antibes", "06004", "rsa=true", "educationLevel=3", "france_travail", "FT-ANTIBES", "La personne reconnaît avoir été informée" })
            Assert.Contains(expected, text, StringComparison.Ordinal);
        var docx = await client.GetAsync(url + "?handler=Docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("fiche-de-liaison-2026-11-02.docx", docx.Content.Headers.ContentDisposition!.FileNameStar ?? docx.Content.Headers.ContentDisposition.FileName);

        var list = await GetHtmlAsync(client, "/Orientations");
        var row = Assert.Single(list.QuerySelectorAll("table.orientations tbody tr"));
        Assert.Contains("DIALLO Awa", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("02/11/2026", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Orienté·e en attente du premier contact", System.Text.RegularExpressions.Regex.Replace(row.TextContent, @"\s+", " "), StringComparison.Ordinal);
        Assert.Empty(list.QuerySelectorAll("main a[href*='/Personnes']"));
    }

    [Fact]
    public async Task A_bad_fiche_names_each_field_keeps_the_typed_values_and_sends_nothing()
    {
        var (_, client) = await ArrangeAsync();
        var fields = Awa();
        fields["Input.LastName"] = "Diallo (suivie CMP)";
        fields["Input.BirthDate"] = "31/02/1981";
        fields["Input.Commune"] = "";
        fields.Remove("Input.PersonInformed");

        var response = await PostFormAsync(client, "/Orientations/Nouvelle", null, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlAsync(response);
        var summary = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("4 erreurs", summary, StringComparison.Ordinal);
        Assert.Contains("Nom : lettres, espaces, traits d'union et apostrophes seulement", summary, StringComparison.Ordinal);
        Assert.Contains("Date de naissance : date impossible ou mal écrite « 31/02/1981 »", summary, StringComparison.Ordinal);
        Assert.Contains("Commune de résidence : champ obligatoire", summary, StringComparison.Ordinal);
        Assert.Contains("Information de la personne", summary, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector("#Input_LastName")!.GetAttribute("aria-invalid"));
        Assert.Equal("Diallo (suivie CMP)", page.QuerySelector<IHtmlInputElement>("#Input_LastName")!.Value);
        Assert.Equal("#Input_BirthDate", page.QuerySelector("[role=alert] a[href='#Input_BirthDate']")!.GetAttribute("href"));
        Assert.Equal(0, await ReadAsync(db => db.Persons.CountAsync()));
    }

    [Fact]
    public async Task A_suspected_duplicate_is_shown_with_a_choice_and_attaching_appends_the_referral()
    {
        var (casa, client) = await ArrangeAsync();
        var known = await new PersonBuilder(casa.Id).Named("Awa", "Diallo").BornOn(new(1981, 4, 2)).WithFranceTravailId(null).SaveAsync(Db);
        var fields = Awa();
        fields["Input.LastName"] = "DIALLO";
        fields["Input.FirstName"] = "awa";

        var first = await PostFormAsync(client, "/Orientations/Nouvelle", null, fields);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var page = await HtmlAsync(first);
        var panel = page.QuerySelector("#doublons")!;
        Assert.Contains("Cette personne est peut-être déjà connue", panel.TextContent, StringComparison.Ordinal);
        Assert.Contains("mêmes nom, prénom et date de naissance ; déjà en parcours dans ce PLIE", panel.TextContent, StringComparison.Ordinal);
        Assert.Equal([known.Id.ToString(), "autre"], panel.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Doublon']").Select(i => i.Value));
        Assert.Equal(1, await ReadAsync(db => db.Persons.CountAsync()));

        var second = await ResubmitAsync(client, page, "/Orientations/Nouvelle", new Dictionary<string, string>(fields) { ["Input.Doublon"] = known.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(1, await ReadAsync(db => db.Persons.CountAsync()));
        Assert.Equal(PersonBuilder.TypicalJourney(default).Count + 1, await ReadAsync(db => db.JourneyEvents.CountAsync(e => e.PersonId == known.Id)));
        var fiche = await GetHtmlAsync(client, second.Headers.Location!.OriginalString);
        Assert.Contains("rattachée à la personne qu'il connaissait déjà", fiche.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_given_for_another_identity_is_not_used()
    {
        var (casa, client) = await ArrangeAsync();
        await new PersonBuilder(casa.Id).Named("Awa", "Diallo").BornOn(new(1981, 4, 2)).SaveAsync(Db);
        var first = await HtmlAsync(await PostFormAsync(client, "/Orientations/Nouvelle", null, Awa()));
        var changed = new Dictionary<string, string>(Awa()) { ["Input.FirstName"] = "Aminata", ["Input.FranceTravailId"] = "", ["Input.Doublon"] = "autre" };
        await new PersonBuilder(casa.Id).Named("Aminata", "Diallo").BornOn(new(1981, 4, 2)).SaveAsync(Db);

        var response = await ResubmitAsync(client, first, "/Orientations/Nouvelle", changed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await HtmlAsync(response)).QuerySelector("#doublons"));
        Assert.Equal(2, await ReadAsync(db => db.Persons.CountAsync()));
    }

    [Fact]
    public async Task A_France_Travail_id_collision_offers_no_merge()
    {
        var (casa, client) = await ArrangeAsync();
        await new PersonBuilder(casa.Id).Named("Karim", "Benali").BornOn(new(1990, 1, 2)).WithFranceTravailId("1234567A").SaveAsync(Db);

        var page = await HtmlAsync(await PostFormAsync(client, "/Orientations/Nouvelle", null, Awa()));

        var panel = page.QuerySelector("#doublons")!;
        Assert.Contains("Identifiant France Travail déjà attribué", panel.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Benali", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["autre"], panel.QuerySelectorAll<IHtmlInputElement>("input[name='Input.Doublon']").Select(i => i.Value));
    }

    [Fact]
    public async Task Mes_orientations_lists_the_organisation_s_referrals_only()
    {
        var (casa, client) = await ArrangeAsync();
        await new PersonBuilder(casa.Id).Named("Awa", "Diallo").SaveAsync(Db);
        await new PersonBuilder(casa.Id).Named("Zoé", "Niçoise").WithEvents(d =>
            [new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-NICE", Channel = "flow" }]).SaveAsync(Db);

        var page = await GetHtmlAsync(client, "/Orientations?periode=tout");

        var text = page.QuerySelector("table.orientations")!.TextContent;
        Assert.Contains("DIALLO", text, StringComparison.Ordinal);
        Assert.Contains("Intégré·e", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Niçoise", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Role.Referent, "/Orientations")]
    [InlineData(Role.Director, "/Orientations/Nouvelle")]
    public async Task PLIE_users_do_not_send_fiches(Role role, string url)
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", role));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task A_prescriber_sees_no_person_page()
    {
        var (casa, client) = await ArrangeAsync();
        var person = await new PersonBuilder(casa.Id).SaveAsync(Db);

        foreach (var url in new[] { "/Personnes", $"/Personnes/{person.Id}", $"/Personnes/{person.Id}/Sortie", "/Parcours" })
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }
}
