using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>The information collective pages (/Informations): programming, convocation lists, attendance, absences.</summary>
public class InfoSessionPageTests : WebTest
{
    private static readonly DateOnly PastDay = new(2025, 9, 25);

    private async Task<(Organisation Plie, AppUser Coordinator)> ArrangeAsync()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        return (plie, await Seed.UserAsync(Db, "casa", Role.Coordinator));
    }

    private async Task<Guid> SessionAsync(AppUser user, DateOnly day, int capacity = 25)
    {
        await using var scope = await Db.UserScopeAsync(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<InfoSessionService>()
            .CreateAsync(new SessionInput(day, new TimeOnly(14, 0), "Agence France Travail d'Antibes", "joint", capacity));
        return outcome.Id!.Value;
    }

    private async Task<Guid> ConvokeAsync(AppUser user, Guid session, Guid person)
    {
        await using var scope = await Db.UserScopeAsync(user);
        var outcome = await scope.ServiceProvider.GetRequiredService<ConvocationService>().ConvokeAsync(session, person);
        return outcome!.Id!.Value;
    }

    /// <summary>Posts to a handler whose form is not on the page as first served (it appears with search results).</summary>
    private async Task<HttpResponseMessage> PostWithTokenAsync(HttpClient client, string pageUrl, string handler, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, pageUrl);
        fields["__RequestVerificationToken"] = page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync($"{pageUrl}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> SessionFields(string date, string time = "09:30", string place = "Maison des services au public", string organiser = "plie", string capacity = "20") => new()
    {
        ["Seance.Date"] = date,
        ["Seance.Heure"] = time,
        ["Seance.Lieu"] = place,
        ["Seance.Organisateur"] = organiser,
        ["Seance.Capacite"] = capacity,
    };

    [Fact]
    public async Task A_coordinator_programs_a_session_and_sees_it_coming_with_its_fill_level()
    {
        var (_, coordinator) = await ArrangeAsync();
        var client = ClientFor(coordinator);
        var day = DateOnly.FromDateTime(DateTime.Today).AddDays(10);

        var response = await PostFormAsync(client, "/Informations/Nouvelle", null, SessionFields(day.ToString("dd/MM/yyyy")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches("^/Informations/[0-9a-f-]{36}$", response.Headers.Location!.OriginalString);
        var page = await GetHtmlAsync(client, response.Headers.Location.OriginalString);
        Assert.Equal($"Information collective IC-{day.Year}-001", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Information collective programmée", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var list = await GetHtmlAsync(client, "/Informations");
        var row = Assert.Single(list.QuerySelectorAll("#a-venir ~ table tbody tr"));
        Assert.Equal($"IC-{day.Year}-001", row.QuerySelector("th")!.TextContent);
        Assert.Contains("0 convoquée sur 20 places (20 libres)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("PLIE", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_typed_wrong_is_refused_field_by_field_in_French_and_nothing_is_created()
    {
        var (_, coordinator) = await ArrangeAsync();

        var response = await PostFormAsync(ClientFor(coordinator), "/Informations/Nouvelle", null,
            SessionFields("31/02/2025", time: "", place: "", organiser: "", capacity: "trente"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlAsync(response);
        var summary = page.QuerySelectorAll("[role=alert] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(
        [
            "Date : Date impossible ou mal écrite « 31/02/2025 » (jj/mm/aaaa).",
            "Heure de début : Indiquez l'heure de début (hh:mm, par exemple 09:30).",
            "Lieu : Indiquez où se tient l'information collective.",
            "Organisateur : Choisissez France Travail, le PLIE ou une co-animation.",
            "Capacité : Nombre de places mal écrit « trente » (un nombre entier).",
        ], summary);
        Assert.Equal("true", page.QuerySelector("#Seance_Date")!.GetAttribute("aria-invalid"));
        await using var scope = Db.SystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().InfoSessions.CountAsync());
    }

    [Fact]
    public async Task People_are_searched_by_POST_and_convoked_with_no_name_in_any_url()
    {
        var (plie, coordinator) = await ArrangeAsync();
        var session = await SessionAsync(coordinator, DateOnly.FromDateTime(DateTime.Today).AddDays(5));
        var awa = await new PersonBuilder(plie.Id).Named("Awa", "Diallo").WithFranceTravailId("1234567A").SaveAsync(Db);
        await new PersonBuilder(plie.Id).Named("Moussa", "Diallo").WithEvents(_ => []).SaveAsync(Db);
        var client = ClientFor(coordinator);
        var url = $"/Informations/{session}";

        var found = await HtmlAsync(await PostFormAsync(client, url, "Rechercher", new Dictionary<string, string> { ["nom"] = "diallo" }));
        var rows = found.QuerySelectorAll("table.candidates tbody tr");
        Assert.Equal(["DIALLO Awa", "DIALLO Moussa"], rows.Select(r => r.QuerySelector("th")!.TextContent));
        Assert.Equal("Convoquer DIALLO Awa", rows[0].QuerySelector("button")!.GetAttribute("aria-label"));
        Assert.Contains("Aucune orientation enregistrée", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[1].QuerySelector("button"));

        var convoked = await PostWithTokenAsync(client, url, "Convoquer", new() { ["personne"] = awa.Id.ToString(), ["nom"] = "diallo" });

        Assert.Equal(HttpStatusCode.Redirect, convoked.StatusCode);
        Assert.Equal(url, convoked.Headers.Location!.OriginalString);
        var page = await GetHtmlAsync(client, url);
        Assert.Equal($"Convocation IC-{DateTime.Today.AddDays(5).Year}-001-01 enregistrée : 1 convoquée sur 25 places (24 libres).",
            page.QuerySelectorAll("[role=status]").Single(s => s.TextContent.StartsWith("Convocation", StringComparison.Ordinal)).TextContent);
        var line = Assert.Single(page.QuerySelectorAll("table.convocations tbody tr"));
        Assert.Equal(["DIALLO Awa", "1234567A", "À saisir"], new[] { line.QuerySelector("th")!.TextContent }.Concat(line.QuerySelectorAll("td").Skip(1).Take(2).Select(td => td.TextContent)));
        Assert.True(page.QuerySelector("#nom")!.HasAttribute("autofocus"));
    }

    [Fact]
    public async Task A_full_session_refuses_one_more_person_with_a_clear_message()
    {
        var (plie, coordinator) = await ArrangeAsync();
        var session = await SessionAsync(coordinator, PastDay, capacity: 1);
        await ConvokeAsync(coordinator, session, (await new PersonBuilder(plie.Id).SaveAsync(Db)).Id);
        var other = await new PersonBuilder(plie.Id).Named("Karim", "Benali").SaveAsync(Db);
        var client = ClientFor(coordinator);

        var page = await GetHtmlAsync(client, $"/Informations/{session}");
        Assert.Contains("Capacité atteinte : 1 convoquée sur 1 place (complet).", page.QuerySelector("[role=note]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form[action*=Rechercher]"));

        // A convocation posted anyway (another tab, an older page) is refused with the service's message.
        var response = await PostFormAsync(client, $"/Informations/{session}", "Retirer", new Dictionary<string, string> { ["convocation"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var refused = await PostWithTokenAsync(client, $"/Informations/{session}", "Convoquer", new() { ["personne"] = other.Id.ToString() });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Capacité atteinte : 1 personne convoquée pour 1 place.", (await HtmlAsync(refused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_is_saved_once_for_the_list_and_absences_are_listed_and_exported_for_France_Travail()
    {
        var (plie, coordinator) = await ArrangeAsync();
        var session = await SessionAsync(coordinator, PastDay);
        var awa = await new PersonBuilder(plie.Id).Named("Awa", "Diallo").SaveAsync(Db);
        var karim = await new PersonBuilder(plie.Id).Named("Karim", "Benali").WithRef("CASA-0007").WithFranceTravailId("1234567K").SaveAsync(Db);
        var a = await ConvokeAsync(coordinator, session, awa.Id);
        var k = await ConvokeAsync(coordinator, session, karim.Id);
        var client = ClientFor(coordinator);
        var url = $"/Informations/{session}/Presence";

        var form = await GetHtmlAsync(client, url);
        Assert.Equal(3, form.QuerySelectorAll($"input[type=radio][name='presence[{a}]']").Length);
        Assert.Equal("Présence de DIALLO Awa (IC-2025-001-01)", form.QuerySelector($"input[name='presence[{a}]']")!.Closest("fieldset")!.QuerySelector("legend")!.TextContent);
        var saved = await PostFormAsync(client, url, null, new Dictionary<string, string> { [$"presence[{a}]"] = "present", [$"presence[{k}]"] = "absent" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var sessionPage = await GetHtmlAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Equal("Présence enregistrée : 1 présent·e, 1 absent·e, 0 excusé·e.", sessionPage.QuerySelector("[role=status]")!.TextContent);
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            Assert.Equal(2, await db.JourneyEvents.OfType<InfoSessionEvent>().CountAsync());
        }

        var absences = await GetHtmlAsync(client, "/Informations/Absences?du=2025-09-01&au=2025-09-30");
        var row = Assert.Single(absences.QuerySelectorAll("table.absences tbody tr"));
        Assert.Equal(["IC-2025-001-02", "25/09/2025 à 14h00", "Co-animée France Travail / PLIE", "1234567K", "CASA-0007", "Absent·e"],
            row.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var csvLink = absences.QuerySelector("a[download]")!.GetAttribute("href")!;
        var csv = await client.GetAsync(csvLink);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", csv.Content.Headers.ContentDisposition?.ToString() ?? csv.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("IC-2025-001-02;2025-09-25;14:00;joint;absent;1234567K;CASA-0007", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Benali", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bad_period_is_refused_in_French()
    {
        var (_, coordinator) = await ArrangeAsync();

        var page = await GetHtmlAsync(ClientFor(coordinator), "/Informations/Absences?du=2025-09-30&au=2025-09-01");

        Assert.Equal("Au : la fin de la période précède son début.", page.QuerySelector("#au-erreur")!.TextContent);
        Assert.Null(page.QuerySelector("table.absences"));
    }

    [Theory]
    [InlineData(Role.Referent, true)]
    [InlineData(Role.Coordinator, true)]
    [InlineData(Role.Director, true)]
    [InlineData(Role.Assistant, false)]
    [InlineData(Role.Dpo, false)]
    public async Task Referents_and_coordinators_manage_sessions_from_a_tile_and_the_menu(Role role, bool manages)
    {
        await ArrangeAsync();
        var client = ClientFor(await Seed.UserAsync(Db, "casa", role));

        var home = await GetHtmlAsync(client, "/");
        var response = await client.GetAsync("/Informations");

        Assert.Equal(manages, home.QuerySelectorAll(".card-title a[href='/Informations']").Length == 1);
        Assert.Equal(manages, home.QuerySelectorAll("nav a[href='/Informations']").Length == 1);
        Assert.Equal(manages ? HttpStatusCode.OK : HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/Informations")]
    [InlineData("/Informations/Nouvelle")]
    [InlineData("/Informations/Absences")]
    public async Task France_Travail_users_see_nothing_of_it_for_now(string url)
    {
        await ArrangeAsync();
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var client = ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor));

        var home = await GetHtmlAsync(client, "/");
        var response = await client.GetAsync(url);

        Assert.Empty(home.QuerySelectorAll("a[href^='/Informations']"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
