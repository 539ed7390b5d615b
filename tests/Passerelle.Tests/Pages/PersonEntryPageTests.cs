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

/// <summary>The person page's entry forms: post/redirect/get, the import's rules as French field errors, permissions, tenants.</summary>
public class PersonEntryPageTests : WebTest
{
    private static List<JourneyEvent> Integrated(DateOnly d) =>
    [
        new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = d.AddDays(20) },
        new ContractEvent { Date = d.AddDays(40), Kind = "temp", WeeklyHours = 35 },
    ];

    private async Task<(Person Person, HttpClient Client)> ArrangeAsync(Role role = Role.Referent)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithEvents(Integrated).SaveAsync(Db);
        return (person, ClientFor(await Seed.UserAsync(Db, "casa", role)));
    }

    private async Task<int> EventCountAsync(Guid personId)
    {
        await using var scope = Db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.CountAsync(e => e.PersonId == personId);
    }

    [Fact]
    public async Task A_contact_posted_from_the_page_comes_back_in_the_timeline_with_a_status_message()
    {
        var (person, client) = await ArrangeAsync();
        var url = $"/Personnes/{person.Id}";
        var form = await GetHtmlAsync(client, url);
        Assert.Equal(DateTime.Now.ToString("yyyy-MM-dd"), form.QuerySelector<IHtmlInputElement>("#Saisie_Date")!.Value);

        var response = await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "contact",
            ["Saisie.Mode"] = "phone",
            ["Saisie.Date"] = "2025-11-03",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(url, response.Headers.Location!.OriginalString);
        var page = await GetHtmlAsync(client, url);
        Assert.Equal("Contact enregistré.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var row = page.QuerySelector("table.contacts tr.fact-new")!;
        Assert.Contains("03/11/2025", row.TextContent);
        Assert.Contains("Téléphone", row.TextContent);
        Assert.Equal(4, await EventCountAsync(person.Id));
    }

    [Fact]
    public async Task A_refused_fact_shows_French_field_errors_keeps_the_typed_values_and_writes_nothing()
    {
        var (person, client) = await ArrangeAsync();
        var url = $"/Personnes/{person.Id}?saisie=contrat";

        var response = await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "contract",
            ["Saisie.Kind"] = "cdd",
            ["Saisie.Start"] = "2025-06-01",
            ["Saisie.End"] = "2025-05-31",
            ["Saisie.WeeklyHours"] = "trente",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlAsync(response);
        var summary = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Fin : Fin antérieure au début", summary);
        Assert.Contains("Heures par semaine : Nombre attendu", summary);
        Assert.Contains("is-invalid", page.QuerySelector("#Saisie_End")!.ClassList);
        Assert.Contains("Saisie_End-erreur", page.QuerySelector("#Saisie_End")!.GetAttribute("aria-describedby"));
        Assert.Equal("trente", page.QuerySelector<IHtmlInputElement>("#Saisie_WeeklyHours")!.Value);
        Assert.Equal("2025-05-31", page.QuerySelector<IHtmlInputElement>("#Saisie_End")!.Value);
        Assert.Equal(3, await EventCountAsync(person.Id));
    }

    [Theory]
    [InlineData("etape", "step", "Saisie_Kind")]
    [InlineData("contrat", "contract", "Saisie_WeeklyHours")]
    [InlineData("formation", "training", "Saisie_QualificationObtained")]
    [InlineData("suspension", "suspension", "Saisie_Reason")]
    [InlineData("creation", "business_creation", "Saisie_Date")]
    [InlineData("frein", "barrier", "Saisie_Family")]
    [InlineData("demande", "request", "Saisie_Kind")]
    [InlineData("referent", "referent_change", "Saisie_Referent")]
    [InlineData("secteur", "sector_wish", "Saisie_Sector")]
    public async Task Each_kind_has_its_own_form_reached_by_a_link(string slug, string type, string field)
    {
        var (person, client) = await ArrangeAsync();

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}?saisie={slug}");

        var form = page.QuerySelector("form.saisie-form")!;
        Assert.Equal(type, form.QuerySelector<IHtmlInputElement>("input[name=type]")!.Value);
        Assert.NotNull(form.QuerySelector("#" + field));
        Assert.Equal("page", page.QuerySelector($".saisie-onglets a[href$='saisie={slug}#saisie']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Each_kind_is_recorded_from_its_form()
    {
        var (person, client) = await ArrangeAsync();
        var url = $"/Personnes/{person.Id}";
        var posts = new (string Slug, Dictionary<string, string> Fields)[]
        {
            ("etape", new() { ["type"] = "step", ["Saisie.Kind"] = "workshop", ["Saisie.Start"] = "2025-09-01" }),
            ("contrat", new() { ["type"] = "contract", ["Saisie.Kind"] = "cdd", ["Saisie.Start"] = "2025-09-01", ["Saisie.End"] = "2026-02-28", ["Saisie.WeeklyHours"] = "17,5", ["Saisie.InsertionCompany"] = "true" }),
            ("formation", new() { ["type"] = "training", ["Saisie.Start"] = "2025-09-01", ["Saisie.Qualifying"] = "true", ["Saisie.QualificationObtained"] = "2025-10-15" }),
            ("suspension", new() { ["type"] = "suspension", ["Saisie.Reason"] = "health", ["Saisie.Start"] = "2025-10-01" }),
            ("creation", new() { ["type"] = "business_creation", ["Saisie.Date"] = "2025-10-02" }),
        };
        foreach (var (slug, fields) in posts)
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, $"{url}?saisie={slug}", "Ajouter", fields)).StatusCode);

        await using var scope = Db.SystemScope();
        var events = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.Where(e => e.PersonId == person.Id).ToListAsync();
        var contract = events.OfType<ContractEvent>().Single(c => c.Kind == "cdd");
        Assert.Equal((17.5m, (bool?)true, new DateOnly(2026, 2, 28)), (contract.WeeklyHours, contract.InsertionCompany, contract.End));
        Assert.Equal(new DateOnly(2025, 10, 15), events.OfType<TrainingEvent>().Single().QualificationObtained);
        Assert.Equal("health", events.OfType<SuspensionEvent>().Single().Reason);
        Assert.Single(events.OfType<BusinessCreationEvent>());
        Assert.Equal("workshop", events.OfType<StepEvent>().Single().Kind);
    }

    /// <summary>Issue 3 item 4 (000 art. 3-4 b): before the integration the tabs are the intake's; the first contact (absent too) and the diagnostic's opening are facts.</summary>
    [Fact]
    public async Task Before_the_integration_the_file_records_the_first_contact_and_the_opening_of_the_diagnostic()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithEvents(d => [new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" }]).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));
        var url = $"/Personnes/{person.Id}";

        var page = await GetHtmlAsync(client, url);
        Assert.Equal(["Premier accueil", "Ouverture du diagnostic", "Frein", "Absence", "Secteur souhaité"], page.QuerySelectorAll(".saisie-onglets a").Select(a => a.TextContent.Trim()));
        Assert.Equal("first_contact", page.QuerySelector<IHtmlInputElement>("form.saisie-form input[name=type]")!.Value);

        // No form chosen: the rules' message names the field, nothing is written.
        var refused = await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string> { ["type"] = "first_contact", ["Saisie.Date"] = "2025-11-03", ["Saisie.Attended"] = "false" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Modalité", (await HtmlAsync(refused)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(1, await EventCountAsync(person.Id));

        foreach (var fields in new Dictionary<string, string>[]
        {
            new() { ["type"] = "first_contact", ["Saisie.Mode"] = "collective", ["Saisie.Date"] = "2025-11-03", ["Saisie.Attended"] = "false" },
            new() { ["type"] = "first_contact", ["Saisie.Mode"] = "individual", ["Saisie.Date"] = "2025-11-10", ["Saisie.Attended"] = "true" },
            new() { ["type"] = "diagnostic_start", ["Saisie.Date"] = "2025-11-10" },
        })
            Assert.Equal(HttpStatusCode.Redirect, (await PostFormAsync(client, url, "Ajouter", fields)).StatusCode);

        await using var scope = Db.SystemScope();
        var events = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.Where(e => e.PersonId == person.Id).ToListAsync();
        Assert.Equal([("collective", false), ("individual", true)], events.OfType<FirstContactEvent>().OrderBy(e => e.Date).Select(e => (e.Mode, e.Attended)));
        Assert.Equal(new DateOnly(2025, 11, 10), events.OfType<DiagnosticStartEvent>().Single().Date);
        Assert.Contains("En diagnostic", (await GetHtmlAsync(client, url)).QuerySelector(".summary")!.TextContent);
    }

    /// <summary>
    /// Seed 003 (activity report): « Les souhaits de secteurs d'activité … exprimés par les participants et validés par
    /// les référentes »: a ROME grand domaine picked from a list, its label in the file; a code outside the list is refused
    /// on its field and nothing is written.
    /// </summary>
    [Fact]
    public async Task A_sector_wish_is_recorded_from_its_form_and_an_unknown_sector_is_refused_on_its_field()
    {
        var (person, client) = await ArrangeAsync();
        var url = $"/Personnes/{person.Id}?saisie=secteur";
        var form = await GetHtmlAsync(client, url);
        Assert.Equal(15, form.QuerySelectorAll("#Saisie_Sector option").Length); // « Choisir… » and the 14 grands domaines

        var refused = await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "sector_wish",
            ["Saisie.Sector"] = "Z",
            ["Saisie.Date"] = "2025-11-03",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var summary = (await HtmlAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Secteur d'activité", summary);
        Assert.Contains("« Z »", summary);
        Assert.Equal(3, await EventCountAsync(person.Id));

        var response = await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "sector_wish",
            ["Saisie.Sector"] = "K",
            ["Saisie.Date"] = "2025-11-03",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}");
        Assert.Equal("Secteur souhaité enregistré.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        var timeline = await GetHtmlAsync(client, $"/Personnes/{person.Id}?vue=chronologie");
        Assert.Contains("Secteur : Services à la personne et à la collectivité", timeline.QuerySelector(".timeline-fact.fact-sector_wish")!.TextContent);
        await using var scope = Db.SystemScope();
        var wish = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.OfType<SectorWishEvent>().SingleAsync(e => e.PersonId == person.Id);
        Assert.Equal(("K", new DateOnly(2025, 11, 3)), (wish.Sector, wish.Date));
    }

    [Fact]
    public async Task A_running_period_is_closed_from_the_page()
    {
        var (person, client) = await ArrangeAsync();
        var url = $"/Personnes/{person.Id}";
        var page = await GetHtmlAsync(client, url);
        var fact = page.QuerySelector<IHtmlInputElement>(".en-cours input[name=fact]")!.Value;

        var response = await PostFormAsync(client, url, "Clore", new Dictionary<string, string> { ["fact"] = fact, ["end"] = "2025-10-31" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await GetHtmlAsync(client, url);
        Assert.Contains("au 31/10/2025", after.QuerySelector("table.contracts tr.fact-new")!.TextContent);
        Assert.Null(after.QuerySelector(".en-cours"));
    }

    [Fact]
    public async Task A_reader_without_the_right_to_write_sees_no_form_and_cannot_post()
    {
        var (person, auditor) = await ArrangeAsync(Role.Auditor);
        var referent = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));
        var url = $"/Personnes/{person.Id}";

        var page = await GetHtmlAsync(auditor, url);
        var denied = await PostWithTokenOfAsync(auditor, url, url + "?handler=Ajouter", new() { ["type"] = "contact", ["Saisie.Mode"] = "phone", ["Saisie.Date"] = "2025-11-03" });
        var exitPage = await auditor.GetAsync(url + "/Sortie");

        Assert.Null(page.QuerySelector("form.saisie-form"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, exitPage.StatusCode);
        Assert.NotNull((await GetHtmlAsync(referent, url)).QuerySelector("form.saisie-form"));
        Assert.Equal(3, await EventCountAsync(person.Id));
    }

    [Fact]
    public async Task A_person_of_another_plie_answers_404_to_every_write()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var foreign = await new PersonBuilder(a.Id).WithEvents(Integrated).SaveAsync(Db);
        var own = await new PersonBuilder(b.Id).WithEvents(Integrated).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "plie-b", Role.Director));
        var ownUrl = $"/Personnes/{own.Id}";
        var url = $"/Personnes/{foreign.Id}";
        var stepId = (await GetHtmlAsync(client, ownUrl)).QuerySelector<IHtmlInputElement>(".en-cours input[name=fact]")!.Value;

        var responses = new[]
        {
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Ajouter", new() { ["type"] = "contact", ["Saisie.Mode"] = "phone", ["Saisie.Date"] = "2025-11-03" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Clore", new() { ["fact"] = foreign.Events[2].Id.ToString(), ["end"] = "2025-11-03" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "/Sortie?handler=Verifier", new() { ["Sortie.Date"] = "2025-11-03", ["Sortie.Reason"] = "dropout" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "/Sortie?handler=Enregistrer", new() { ["Sortie.Date"] = "2025-11-03", ["Sortie.Reason"] = "dropout" }),
            await PostWithTokenOfAsync(client, ownUrl, ownUrl + "?handler=Clore", new() { ["fact"] = foreign.Events[2].Id.ToString(), ["end"] = "2025-11-03" }),
            await client.GetAsync(url + "/Sortie"),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.NotEqual(foreign.Events[2].Id.ToString(), stepId);
        Assert.Equal(3, await EventCountAsync(foreign.Id));
    }

    /// <summary>Posts to <paramref name="target"/> with the antiforgery token of a page the user may open.</summary>
    private async Task<HttpResponseMessage> PostWithTokenOfAsync(HttpClient client, string pageUrl, string target, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, pageUrl);
        fields["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
