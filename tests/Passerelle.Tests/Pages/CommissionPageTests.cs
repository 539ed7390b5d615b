using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Commission;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Commission;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// The commission's pages (issue 3 items 5-8): who may decide, what each reader sees, post/redirect/get with French errors,
/// the Word files, and a session of another PLIE answering exactly like a missing one.
/// </summary>
public class CommissionPageTests : WebTest
{
    private Organisation plie = null!;
    private AppUser coordinator = null!;
    private AppUser referent = null!;

    private async Task ArrangeAsync(string preset = "casa-2021-2023", string code = "casa")
    {
        plie = await Seed.PlieAsync(Db, code, preset);
        coordinator = await Seed.UserAsync(Db, code, Role.Coordinator);
        referent = await Seed.UserAsync(Db, code, Role.Referent, $"referente@{code}.test");
    }

    private Task<Person> PersonAsync(Func<DateOnly, List<JourneyEvent>>? events = null, string first = "Camille", string last = "Martin") =>
        new PersonBuilder(plie.Id).Named(first, last).BornOn(new DateOnly(1980, 5, 4)).WithEvents(events ?? Intakes.InDiagnostic).SaveAsync(Db);

    private async Task<T> AsAsync<TService, T>(AppUser user, Func<TService, Task<T>> act) where TService : notnull
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    private async Task<(Guid Session, Guid Item)> FileAsync(Person person, DateOnly? date = null)
    {
        var session = (await AsAsync<CommissionSessions, CommissionOutcome>(coordinator, s => s.CreateAsync(date ?? Intakes.Today, "adhoc"))).Id!.Value;
        var item = (await AsAsync<CommissionSessions, CommissionOutcome?>(referent, s => s.ProposeAsync(session, person.Id, Intakes.Today)))!.Id!.Value;
        return (session, item);
    }

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    /// <summary>Posts to a handler of the page with the antiforgery token of its first form.</summary>
    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? handler, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, url);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var target = handler is null ? url : $"{url}{(url.Contains('?') ? "&" : "?")}handler={handler}";
        return await client.PostAsync(target, new FormUrlEncodedContent(values));
    }

    [Fact]
    public async Task A_coordinator_opens_a_session_and_lands_on_its_agenda()
    {
        await ArrangeAsync("cov-2020-2022", "cov");
        var client = ClientFor(coordinator);
        var index = await GetHtmlAsync(client, "/Commission");
        Assert.Equal("Cellule de Gestion des Parcours (CGP)", index.QuerySelector("#Seance_Kind option[selected]")!.TextContent);

        var response = await PostFormAsync(client, "/Commission", "Creer", new Dictionary<string, string> { ["Seance.Date"] = "2026-12-03", ["Seance.Kind"] = "cgp" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await ReadAsync(db => db.CommissionSessions.SingleAsync());
        Assert.Equal($"/Commission/Seance/{session.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal((new DateOnly(2026, 12, 3), "cgp"), (session.Date, session.Kind));
        var page = await GetHtmlAsync(client, response.Headers.Location.OriginalString);
        Assert.Equal("Cellule de Gestion des Parcours (CGP) du 03/12/2026", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_bad_date_is_named_on_its_field_and_nothing_is_created()
    {
        await ArrangeAsync();
        var response = await PostFormAsync(ClientFor(coordinator), "/Commission", "Creer", new Dictionary<string, string> { ["Seance.Date"] = "31/02/2026", ["Seance.Kind"] = "adhoc" });

        var page = await HtmlAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Date impossible ou mal écrite « 31/02/2026 »", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal("#Seance_Date", page.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        Assert.Empty(await ReadAsync(db => db.CommissionSessions.ToListAsync()));
    }

    [Fact]
    public async Task The_coordinator_decides_on_the_session_page_with_each_referent_caseload_in_the_choice()
    {
        await ArrangeAsync();
        await PersonAsync(Intakes.InPathway(referent.Email!), "Sophie", "Suivie");
        var person = await PersonAsync();
        var (session, item) = await FileAsync(person);
        var client = ClientFor(coordinator);
        var url = $"/Commission/Seance/{session}";
        var page = await GetHtmlAsync(client, url);
        var option = page.QuerySelectorAll("select[name='Decision.Referent'] option").Single(o => o.GetAttribute("value") == referent.Email);
        Assert.Equal("referente – 1 personne en parcours (norme : 45 à 65)", option.TextContent);
        Assert.Contains("Éligible sous réserve : 3 critères à confirmer", page.QuerySelector(".dossier .eligibility")!.TextContent);

        var refused = await PostAsync(client, url, "Decider", new() { ["Decision.Item"] = item.ToString(), ["Decision.Choice"] = "integrate" });
        var errors = await HtmlAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal($"#d-{item:N}-Referent", errors.QuerySelector("[role=alert] a")!.GetAttribute("href"));
        Assert.True(errors.QuerySelector<IHtmlInputElement>($"#d-{item:N}-choice-integrate")!.IsChecked);

        var done = await PostAsync(client, url, "Decider", new() { ["Decision.Item"] = item.ToString(), ["Decision.Choice"] = "integrate", ["Decision.Referent"] = referent.Email! });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var after = await GetHtmlAsync(client, url);
        Assert.Equal("Décision enregistrée : intégration.", after.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Contains("Intégration avec referente comme référent·e unique", System.Text.RegularExpressions.Regex.Replace(after.QuerySelector($"#dossier-{item} .decision")!.TextContent, @"\s+", " "));
        Assert.NotNull(after.QuerySelector($"a[href='/Commission/Seance/{session}?handler=ProcesVerbal']"));
    }

    [Fact]
    public async Task A_referent_reads_the_agenda_but_may_not_decide_and_a_dpo_reads_it_too()
    {
        await ArrangeAsync();
        var (session, item) = await FileAsync(await PersonAsync());
        var url = $"/Commission/Seance/{session}";

        var page = await GetHtmlAsync(ClientFor(referent), url);
        Assert.Null(page.QuerySelector("form.decision-form"));
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(ClientFor(referent), "/Commission", "Creer", new() { ["Seance.Date"] = "2026-12-01", ["Seance.Kind"] = "adhoc" })).StatusCode);
        var decide = await PostAsync(ClientFor(referent), url, "Decider", new() { ["Decision.Item"] = item.ToString(), ["Decision.Choice"] = "adjourn" });
        Assert.Equal(HttpStatusCode.Forbidden, decide.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ClientFor(await Seed.UserAsync(Db, "casa", Role.Dpo)).GetAsync(url)).StatusCode);
        Assert.Null((await ReadAsync(db => db.CommissionItems.SingleAsync())).Decision);
    }

    [Fact]
    public async Task The_minutes_download_as_a_word_file_and_a_foreign_session_is_not_found()
    {
        await ArrangeAsync();
        var person = await PersonAsync(first: "Inès", last: "Garcia");
        var (session, item) = await FileAsync(person);
        await AsAsync<CommissionDecisions, CommissionOutcome?>(coordinator, d => d.DecideAsync(session, item, new("refuse", Reason: "absent", Reorientation: "france_travail")));

        var response = await ClientFor(coordinator).GetAsync($"/Commission/Seance/{session}?handler=ProcesVerbal");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        var docx = Docx.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["refuse", "absent", "Absence au rendez-vous", "france_travail", "Offre de services de France Travail"], docx.Row(person.Ref).Skip(5));
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = ClientFor(await Seed.UserAsync(Db, "cov", Role.Coordinator));
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/Commission/Seance/{session}?handler=ProcesVerbal")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await foreign.GetAsync($"/Commission/Seance/{session}")).StatusCode);
    }

    [Fact]
    public async Task The_referent_confirms_the_judgement_rules_then_proposes_the_person_to_a_coming_session()
    {
        await ArrangeAsync();
        var person = await PersonAsync();
        var session = (await AsAsync<CommissionSessions, CommissionOutcome>(coordinator, s => s.CreateAsync(Intakes.Today.AddDays(7), "list"))).Id!.Value;
        var client = ClientFor(referent);
        var url = $"/Commission/Eligibilite/{person.Id}";
        var page = await GetHtmlAsync(client, url);
        Assert.Equal("to_confirm", page.QuerySelector("tr[data-rule=willing_and_able]")!.GetAttribute("data-outcome"));
        Assert.Equal("passed", page.QuerySelector("tr[data-rule=territory]")!.GetAttribute("data-outcome"));

        var confirmed = await PostAsync(client, url, "Confirmer", new()
        {
            ["Judgements[active_job_search]"] = "oui",
            ["Judgements[needs_support]"] = "oui",
            ["Judgements[willing_and_able]"] = "oui",
        });
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var after = await GetHtmlAsync(client, confirmed.Headers.Location!.OriginalString);
        Assert.Equal("passed", after.QuerySelector("tr[data-rule=willing_and_able]")!.GetAttribute("data-outcome"));
        Assert.Contains("Confirmé par referente", after.QuerySelector("tr[data-rule=willing_and_able]")!.TextContent);
        Assert.Equal("0", after.QuerySelector(".eligibility-verdict")!.GetAttribute("data-pending"));

        var proposed = await PostAsync(client, url, "Proposer", new() { ["SessionId"] = session.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.Equal(person.Id, (await ReadAsync(db => db.CommissionItems.SingleAsync())).PersonId);
        var again = await GetHtmlAsync(client, url);
        Assert.Contains("Demande d'intégration inscrite à l'ordre du jour", again.QuerySelector("#proposer-titre")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task The_integration_page_gives_the_contract_and_records_signature_and_PNI_with_field_errors()
    {
        await ArrangeAsync();
        var person = await PersonAsync(Intakes.InPathway(referent.Email!));
        var client = ClientFor(referent);
        var url = $"/Commission/Integration/{person.Id}";

        var contract = await client.GetAsync($"{url}?handler=Contrat");
        Assert.Contains("Information sur vos données personnelles", Docx.Read(await contract.Content.ReadAsByteArrayAsync()).Text);

        var signed = await PostAsync(client, url, "Signature", new() { ["Dossier.SignedOn"] = Intakes.Today.ToString("yyyy-MM-dd") });
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var bad = await PostAsync(client, url, "Pni", new() { ["Dossier.PniRequestedOn"] = Intakes.Today.ToString("yyyy-MM-dd"), ["Dossier.PniConfirmedOn"] = Intakes.Today.AddDays(-3).ToString("yyyy-MM-dd") });
        var page = await HtmlAsync(bad);
        Assert.Contains("Confirmation de la délégation PNI antérieure à sa demande", page.QuerySelector("#Dossier_PniConfirmedOn-erreur")!.TextContent);
        var file = await ReadAsync(db => db.IntegrationFiles.SingleAsync());
        Assert.Equal((Intakes.Today, (DateOnly?)null), (file.ContractSignedOn!.Value, file.PniConfirmedOn));
        Assert.Contains($"le {Intakes.Today.AddMonths(-3).AddMonths(24):dd/MM/yyyy}", page.QuerySelector(".pni-end")!.TextContent);
    }

    [Fact]
    public async Task The_queues_list_the_people_waiting_and_only_coordinators_hand_over()
    {
        await ArrangeAsync();
        var waiting = await PersonAsync(Intakes.Referred, "Léa", "Attente");
        var page = await GetHtmlAsync(ClientFor(referent), "/Commission/Attente");
        Assert.Contains("ATTENTE Léa", page.QuerySelector("#file-accueil")!.TextContent);
        Assert.Equal(HttpStatusCode.Forbidden, (await ClientFor(referent).GetAsync("/Commission/Passation")).StatusCode);

        var other = await Seed.UserAsync(Db, "casa", Role.Referent, "remplacante@casa.test");
        var followed = await PersonAsync(Intakes.InPathway(referent.Email!), "Julien", "Suivi");
        var client = ClientFor(coordinator);
        var url = $"/Commission/Passation?absent={referent.Id}";
        var list = await GetHtmlAsync(client, url);
        Assert.True(list.QuerySelector<IHtmlInputElement>($"#p-{followed.Id}")!.IsChecked);

        var done = await PostAsync(client, url, null, new() { ["Passation.Persons"] = followed.Id.ToString(), ["Passation.To"] = other.Email!, ["Passation.Date"] = Intakes.Today.ToString("yyyy-MM-dd"), ["Passation.Reason"] = "absence" });

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var change = await ReadAsync(db => db.JourneyEvents.OfType<ReferentChangeEvent>().SingleAsync());
        Assert.Equal((followed.Id, other.Email, "absence"), (change.PersonId, change.Referent, change.Reason));
        Assert.NotEqual(waiting.Id, change.PersonId);
    }

    [Fact]
    public async Task The_home_page_shows_the_quotas_to_the_coordination_only()
    {
        await ArrangeAsync("martigues-2023-2027", "martigues");
        var home = await GetHtmlAsync(ClientFor(coordinator), "/");
        Assert.Equal("rsa_share", home.QuerySelector("[data-quota]")!.GetAttribute("data-quota"));
        Assert.Null((await GetHtmlAsync(ClientFor(referent), "/")).QuerySelector("[data-quota]"));
    }

    [Fact]
    public async Task An_extension_asked_from_the_file_is_granted_at_the_session_and_moves_the_maximum_002_art_3_3()
    {
        await ArrangeAsync("martigues-2023-2027", "martigues");
        var person = await PersonAsync(Intakes.InPathway(referent.Email!, 17));
        var session = (await AsAsync<CommissionSessions, CommissionOutcome>(coordinator, s => s.CreateAsync(Intakes.Today, "cisp"))).Id!.Value;
        var client = ClientFor(referent);
        var fiche = await GetHtmlAsync(client, $"/Personnes/{person.Id}");
        Assert.Equal($"/Commission/Demande/{person.Id}", fiche.QuerySelector("[data-alert=pathway_max] a")!.GetAttribute("href"));
        var demande = await GetHtmlAsync(client, $"/Commission/Demande/{person.Id}");
        Assert.True(demande.QuerySelector<IHtmlInputElement>("#Kind-atypical_exit")!.IsDisabled);
        Assert.Contains("une fois la sortie enregistrée", demande.QuerySelector("#Kind-atypical_exit-pourquoi")!.TextContent);

        var missing = await PostFormAsync(client, $"/Commission/Demande/{person.Id}", null, new Dictionary<string, string> { ["SessionId"] = session.ToString() });
        Assert.Contains("Choisissez l'objet de la demande", (await HtmlAsync(missing)).QuerySelector("#Kind-erreur")!.TextContent);
        var asked = await PostFormAsync(client, $"/Commission/Demande/{person.Id}", null,
            new Dictionary<string, string> { ["Kind"] = "extension", ["SessionId"] = session.ToString() });
        Assert.Equal($"/Personnes/{person.Id}", asked.Headers.Location!.OriginalString);

        var chair = ClientFor(coordinator);
        var agenda = await GetHtmlAsync(chair, $"/Commission/Seance/{session}");
        var file = agenda.QuerySelector("article.dossier")!;
        Assert.Contains("Demande de prolongation du parcours", file.TextContent);
        Assert.Contains("durée maximale (18 mois) : le", file.QuerySelector(".file-context")!.TextContent);
        Assert.Equal("6", file.QuerySelector<IHtmlInputElement>("input[name='Decision.Months']")!.GetAttribute("max"));
        var item = file.QuerySelector<IHtmlInputElement>("input[name='Decision.Item']")!.Value;
        var tooLong = await PostFormAsync(chair, $"/Commission/Seance/{session}", "Decider",
            new Dictionary<string, string> { ["Decision.Item"] = item, ["Decision.Kind"] = "extension", ["Decision.Choice"] = "grant", ["Decision.Months"] = "9" });
        Assert.Contains("hors limites (9 mois) : de 1 à 6 mois", (await HtmlAsync(tooLong)).QuerySelector("[role=alert]")!.TextContent);
        var granted = await PostFormAsync(chair, $"/Commission/Seance/{session}", "Decider",
            new Dictionary<string, string> { ["Decision.Item"] = item, ["Decision.Kind"] = "extension", ["Decision.Choice"] = "grant", ["Decision.Months"] = "6" });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var decided = await GetHtmlAsync(chair, $"/Commission/Seance/{session}");
        Assert.Contains("Prolongation accordée", decided.QuerySelector("article.dossier .decision")!.TextContent);
        var after = await GetHtmlAsync(client, $"/Personnes/{person.Id}");
        Assert.Null(after.QuerySelector("[data-alert=pathway_max]"));
        Assert.Equal("6 mois accordés par la commission", after.QuerySelector(".summary-extension")!.TextContent);
    }
}
