using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// The person page's forms for barriers, requests to France Travail, referent changes (entry panel) and the changes on a
/// fact's row: barrier worked on and lifted, France Travail's answer, a proof received after the exit (issue 4 items 1
/// and 4). On 15 March 2026, CASA protocol. Each: success, a refusal naming its field with nothing written, another
/// PLIE's person answering 404.
/// </summary>
public class PersonFactUpdatePageTests : WebTest
{
    private const string Mine = "referente@casa.test";
    private static readonly DateOnly Today = new(2026, 3, 15);
    private WebApplicationFactory<Program>? clocked;

    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Today))))).ClientFor(user);

    private static Func<DateOnly, List<JourneyEvent>> Journey(params JourneyEvent[] more) => _ =>
    [
        new ReferralEvent { Date = new(2025, 5, 1), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = new(2025, 6, 1), Referent = Mine },
        new ContactEvent { Date = new(2026, 3, 2), Mode = "individual" },
        .. more,
    ];

    private async Task<(Person Person, HttpClient Client, string Url)> ArrangeAsync(params JourneyEvent[] more)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var user = await Seed.UserAsync(Db, "casa", Role.Referent, Mine);
        var person = await new PersonBuilder(plie.Id).WithEvents(Journey(more)).SaveAsync(Db);
        return (person, Client(user), $"/Personnes/{person.Id}");
    }

    private async Task<List<JourneyEvent>> EventsAsync(Guid personId)
    {
        await using var scope = Db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.AsNoTracking().Where(e => e.PersonId == personId).ToListAsync();
    }

    [Fact]
    public async Task A_barrier_is_identified_from_the_panel_then_worked_on_and_lifted_on_its_row()
    {
        var (person, client, url) = await ArrangeAsync();

        var added = await PostFormAsync(client, url + "?saisie=frein", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "barrier",
            ["Saisie.Family"] = "housing",
            ["Saisie.Identified"] = "2025-05-20",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await GetHtmlAsync(client, url);
        Assert.Equal("Frein enregistré.", Status(page));
        var row = page.QuerySelector("table.barriers-identifies tr.fact-new")!;
        Assert.Contains("Faire face à des difficultés de logement", row.TextContent);
        Assert.Contains("20/05/2025", row.TextContent);
        var barrier = (await EventsAsync(person.Id)).OfType<BarrierEvent>().Single();

        Assert.Equal(HttpStatusCode.Redirect, (await PostRowAsync(client, url, "Travaille", barrier.Id, new() { ["date"] = "2025-06-10" })).StatusCode);
        page = await GetHtmlAsync(client, url);
        Assert.Equal("Frein « Faire face à des difficultés de logement » travaillé depuis le 10/06/2025.", Status(page));
        Assert.Contains("10/06/2025", page.QuerySelector("table.barriers-travailles tr.fact-new")!.TextContent);
        Assert.Null(page.QuerySelector("table.barriers-identifies"));
        // Worked on: only « lever » is left on its row.
        Assert.Empty(RowForms(page, "Travaille", barrier.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await PostRowAsync(client, url, "Lever", barrier.Id, new() { ["date"] = "2026-02-28" })).StatusCode);
        page = await GetHtmlAsync(client, url);
        Assert.Equal("Frein « Faire face à des difficultés de logement » levé le 28/02/2026.", Status(page));
        var lifted = page.QuerySelector("table.barriers-leves tr.fact-new")!.TextContent;
        Assert.Contains("20/05/2025", lifted);
        Assert.Contains("10/06/2025", lifted);
        Assert.Contains("28/02/2026", lifted);
        Assert.Empty(RowForms(page, "Lever", barrier.Id));
        var stored = (await EventsAsync(person.Id)).OfType<BarrierEvent>().Single();
        Assert.Equal((new DateOnly(2025, 6, 10), (DateOnly?)new DateOnly(2026, 2, 28)), (stored.WorkedFrom, stored.End));
    }

    [Fact]
    public async Task A_barrier_refused_names_its_field_in_French_and_writes_nothing()
    {
        var barrier = new BarrierEvent { Date = new(2025, 9, 1), Family = "transport" };
        var (person, client, url) = await ArrangeAsync(barrier);

        var entry = await PostFormAsync(client, url + "?saisie=frein", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "barrier",
            ["Saisie.Family"] = "",
            ["Saisie.Identified"] = "2025-09-01",
            ["Saisie.Lifted"] = "2025-08-01",
        });
        var early = await PostRowAsync(client, url, "Travaille", barrier.Id, new() { ["date"] = "2025-08-31" });
        var unreadable = await PostRowAsync(client, url, "Lever", barrier.Id, new() { ["date"] = "31/02/2026" });
        var future = await PostRowAsync(client, url, "Lever", barrier.Id, new() { ["date"] = "2026-03-16" });

        var summary = (await HtmlAsync(entry)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Famille de frein : Champ obligatoire manquant", summary);
        Assert.Contains("Levé le : ", summary);
        Assert.Contains("is-invalid", (await HtmlAsync(entry)).QuerySelector("#Saisie_Lifted")!.ClassList);
        Assert.Contains("Travaillé depuis : travail sur le frein commencé avant son identification", RowError(await HtmlAsync(early), "travail", barrier.Id));
        Assert.Equal("Levé le : date impossible ou mal écrite (jj/mm/aaaa).", RowError(await HtmlAsync(unreadable), "levee", barrier.Id));
        Assert.StartsWith("Levé le : ", RowError(await HtmlAsync(future), "levee", barrier.Id));
        Assert.All(new[] { entry, early, unreadable, future }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var stored = (await EventsAsync(person.Id)).OfType<BarrierEvent>().Single();
        Assert.Equal((null, null), (stored.WorkedFrom, stored.End));
    }

    [Fact]
    public async Task A_request_to_France_Travail_waits_then_gets_its_answer_with_the_waiting_time()
    {
        var (person, client, url) = await ArrangeAsync();

        var added = await PostFormAsync(client, url + "?saisie=demande", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "request",
            ["Saisie.Kind"] = "licence_b",
            ["Saisie.Date"] = "2026-02-13",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var page = await GetHtmlAsync(client, url);
        var row = page.QuerySelector("table.requests tr.fact-new")!;
        Assert.Contains("Aide au permis B", row.TextContent);
        Assert.Equal("En attente depuis 30 jours", Squash(row.QuerySelector(".request-status")!.TextContent));
        var request = (await EventsAsync(person.Id)).OfType<RequestEvent>().Single();

        var answered = await PostRowAsync(client, url, "Reponse", request.Id, new() { ["outcome"] = "refused", ["date"] = "2026-03-05" });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        page = await GetHtmlAsync(client, url);
        Assert.Equal("Réponse de France Travail enregistrée : Aide au permis B refusée le 05/03/2026.", Status(page));
        Assert.Equal("Refusée le 05/03/2026, après 20 jours", Squash(page.QuerySelector("table.requests tr.fact-new .request-status")!.TextContent));
        Assert.Empty(RowForms(page, "Reponse", request.Id));
        var stored = (await EventsAsync(person.Id)).OfType<RequestEvent>().Single();
        Assert.Equal(("refused", (DateOnly?)new DateOnly(2026, 3, 5)), (stored.Outcome, stored.OutcomeDate));
    }

    [Fact]
    public async Task A_request_answer_refused_names_its_field_and_writes_nothing()
    {
        var request = new RequestEvent { Date = new(2026, 2, 13), Kind = "aif" };
        var (person, client, url) = await ArrangeAsync(request);

        var noOutcome = await PostRowAsync(client, url, "Reponse", request.Id, new() { ["outcome"] = "", ["date"] = "2026-03-05" });
        var before = await PostRowAsync(client, url, "Reponse", request.Id, new() { ["outcome"] = "realised", ["date"] = "2026-02-12" });
        var entry = await PostFormAsync(client, url + "?saisie=demande", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "request",
            ["Saisie.Kind"] = "",
            ["Saisie.Date"] = "2026-02-30",
        });

        Assert.Equal("Réponse : choisir « Réalisée » ou « Refusée ».", RowError(await HtmlAsync(noOutcome), "reponse", request.Id));
        Assert.StartsWith("Date de la réponse : réponse antérieure à la demande", RowError(await HtmlAsync(before), "reponse-date", request.Id));
        var summary = (await HtmlAsync(entry)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Type : Champ obligatoire manquant", summary);
        Assert.Contains("Date : Date impossible ou mal écrite « 2026-02-30 »", summary);
        var stored = (await EventsAsync(person.Id)).OfType<RequestEvent>().Single();
        Assert.Null(stored.Outcome);
        Assert.Equal(4, (await EventsAsync(person.Id)).Count);
    }

    [Fact]
    public async Task A_referent_change_offers_the_PLIEs_referents_and_follows_the_contacts()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov");
        var me = await Seed.UserAsync(Db, "casa", Role.Referent, Mine);
        await Seed.UserAsync(Db, "casa", Role.Referent, "bruno@casa.test");
        await Seed.UserAsync(Db, "casa", Role.Coordinator, "coordinatrice@casa.test");
        await Seed.UserAsync(Db, "cov", Role.Referent, "referent@cov.test");
        var person = await new PersonBuilder(plie.Id).WithEvents(Journey()).SaveAsync(Db);
        var client = Client(me);
        var url = $"/Personnes/{person.Id}";

        var form = await GetHtmlAsync(client, url + "?saisie=referent");
        var choices = form.QuerySelectorAll("#Saisie_Referent option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }).ToList();
        // Not the current referent, not a coordinator, not another PLIE's referent.
        Assert.Equal(["bruno@casa.test"], choices);

        var wrong = await PostFormAsync(client, url + "?saisie=referent", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "referent_change",
            ["Saisie.Referent"] = "referent@cov.test",
            ["Saisie.Reason"] = "absence",
            ["Saisie.Date"] = "2026-03-03",
        });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Référent·e : Choisir un·e référent·e du PLIE dans la liste.", (await HtmlAsync(wrong)).QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty((await EventsAsync(person.Id)).OfType<ReferentChangeEvent>());

        var done = await PostFormAsync(client, url + "?saisie=referent", "Ajouter", new Dictionary<string, string>
        {
            ["type"] = "referent_change",
            ["Saisie.Referent"] = "bruno@casa.test",
            ["Saisie.Reason"] = "absence",
            ["Saisie.Date"] = "2026-03-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        await PostFormAsync(client, url, "Ajouter", new Dictionary<string, string> { ["type"] = "contact", ["Saisie.Mode"] = "phone", ["Saisie.Date"] = "2026-03-10" });

        var page = await GetHtmlAsync(client, url);
        // Users are named by their display name (here the e-mail's local part).
        Assert.Equal("bruno", page.QuerySelector(".summary-referent")!.TextContent.Trim());
        Assert.Equal("03/03/2026 referente bruno Absence du référent", Squash(page.QuerySelector("table.referent-changes tbody tr")!.TextContent));
        var contacts = page.QuerySelectorAll("table.contacts tbody tr").Select(tr => Squash(tr.TextContent)).ToList();
        Assert.Equal(["10/03/2026 Téléphone bruno", "02/03/2026 Entretien individuel referente"], contacts);
    }

    [Fact]
    public async Task A_proof_received_after_the_exit_clears_the_missing_proof_alert()
    {
        var exit = new ExitEvent { Date = new(2026, 3, 10), Reason = "employment", Proofs = ["contract"] };
        var (person, client, url) = await ArrangeAsync(new ContractEvent { Date = new(2025, 8, 1), Kind = "cdi", WeeklyHours = 35 }, exit);

        var before = await GetHtmlAsync(client, url);
        Assert.NotNull(before.QuerySelector(".file-alerts li[data-alert=proofs_missing]"));
        Assert.Equal("Manquant", before.QuerySelector("#sortie tr.proof-missing[data-proof=payslips] .badge")!.TextContent);
        Assert.Equal("Reçu", before.QuerySelector("#sortie tr.proof-received[data-proof=contract] .badge")!.TextContent);

        var received = await PostRowAsync(client, url, "Justificatif", exit.Id, new() { ["proof"] = "payslips" });

        Assert.Equal(HttpStatusCode.Redirect, received.StatusCode);
        var after = await GetHtmlAsync(client, url);
        Assert.Equal("Justificatif reçu : bulletins de salaire.", Status(after));
        Assert.Null(after.QuerySelector(".file-alerts li[data-alert=proofs_missing]"));
        Assert.Null(after.QuerySelector("#sortie tr.proof-missing"));
        Assert.Equal("complete", after.QuerySelector("#sortie .verdict")!.GetAttribute("data-proofs"));
        Assert.Equal(["contract", "payslips"], (await EventsAsync(person.Id)).OfType<ExitEvent>().Single().Proofs);
    }

    [Fact]
    public async Task A_proof_refused_names_the_field_and_writes_nothing()
    {
        var exit = new ExitEvent { Date = new(2026, 3, 10), Reason = "employment", Proofs = ["contract"] };
        var (person, client, url) = await ArrangeAsync(new ContractEvent { Date = new(2025, 8, 1), Kind = "cdi", WeeklyHours = 35 }, exit);

        var unknown = await PostRowAsync(client, url, "Justificatif", exit.Id, new() { ["proof"] = "passport" });
        var twice = await PostRowAsync(client, url, "Justificatif", exit.Id, new() { ["proof"] = "contract" });

        Assert.Equal("Justificatif : choisir un justificatif de la liste.", RowError(await HtmlAsync(unknown), "justificatif", exit.Id));
        Assert.Equal("Justificatif : ce justificatif est déjà reçu.", RowError(await HtmlAsync(twice), "justificatif", exit.Id));
        Assert.Equal(["contract"], (await EventsAsync(person.Id)).OfType<ExitEvent>().Single().Proofs);
    }

    [Fact]
    public async Task A_reader_who_may_not_write_sees_no_row_form_and_cannot_post()
    {
        var barrier = new BarrierEvent { Date = new(2025, 9, 1), Family = "transport" };
        var request = new RequestEvent { Date = new(2026, 2, 13), Kind = "aif" };
        var (person, _, url) = await ArrangeAsync(barrier, request);
        var auditor = Client(await Seed.UserAsync(Db, "casa", Role.Auditor));

        var page = await GetHtmlAsync(auditor, url);
        var denied = await PostWithTokenOfAsync(auditor, url, url + "?handler=Lever", new() { ["fact"] = barrier.Id.ToString(), ["date"] = "2026-03-01" });

        Assert.Empty(page.QuerySelectorAll("main form[method=post]"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Null((await EventsAsync(person.Id)).OfType<BarrierEvent>().Single().End);
    }

    [Fact]
    public async Task Another_PLIEs_person_answers_404_to_every_new_form()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var barrier = new BarrierEvent { Date = new(2025, 9, 1), Family = "transport" };
        var request = new RequestEvent { Date = new(2026, 2, 13), Kind = "aif" };
        var exit = new ExitEvent { Date = new(2026, 3, 10), Reason = "employment" };
        var foreign = await new PersonBuilder(a.Id).WithEvents(Journey(barrier, request, exit)).SaveAsync(Db);
        var own = await new PersonBuilder(b.Id).WithEvents(Journey()).SaveAsync(Db);
        var client = Client(await Seed.UserAsync(Db, "plie-b", Role.Referent));
        var ownUrl = $"/Personnes/{own.Id}";
        var url = $"/Personnes/{foreign.Id}";

        var responses = new List<HttpResponseMessage>
        {
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Ajouter", new() { ["type"] = "barrier", ["Saisie.Family"] = "health", ["Saisie.Identified"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Ajouter", new() { ["type"] = "request", ["Saisie.Kind"] = "aif", ["Saisie.Date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Ajouter", new() { ["type"] = "referent_change", ["Saisie.Referent"] = Mine, ["Saisie.Reason"] = "absence", ["Saisie.Date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Travaille", new() { ["fact"] = barrier.Id.ToString(), ["date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Lever", new() { ["fact"] = barrier.Id.ToString(), ["date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Lever", new() { ["fact"] = barrier.Id.ToString(), ["date"] = "pas une date" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Reponse", new() { ["fact"] = request.Id.ToString(), ["outcome"] = "realised", ["date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, url + "?handler=Justificatif", new() { ["fact"] = exit.Id.ToString(), ["proof"] = "payslips" }),
            // Their facts through one's own person: not found either.
            await PostWithTokenOfAsync(client, ownUrl, ownUrl + "?handler=Lever", new() { ["fact"] = barrier.Id.ToString(), ["date"] = "2026-03-01" }),
            await PostWithTokenOfAsync(client, ownUrl, ownUrl + "?handler=Justificatif", new() { ["fact"] = exit.Id.ToString(), ["proof"] = "payslips" }),
        };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        var events = await EventsAsync(foreign.Id);
        Assert.Equal(6, events.Count);
        Assert.Null(events.OfType<BarrierEvent>().Single().End);
        Assert.Null(events.OfType<RequestEvent>().Single().Outcome);
        Assert.Empty(events.OfType<ExitEvent>().Single().Proofs);
    }

    [Fact]
    public async Task A_row_change_that_does_not_fit_the_fact_answers_404()
    {
        var request = new RequestEvent { Date = new(2026, 2, 13), Kind = "aif" };
        var (person, client, url) = await ArrangeAsync(request);

        var response = await PostWithTokenOfAsync(client, url, url + "?handler=Lever", new() { ["fact"] = request.Id.ToString(), ["date"] = "2026-03-01" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null((await EventsAsync(person.Id)).OfType<RequestEvent>().Single().Outcome);
    }

    private static string Status(IDocument page) => page.QuerySelector("[role=status]")!.TextContent.Trim();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static List<IHtmlFormElement> RowForms(IDocument page, string handler, Guid fact) =>
        page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]")
            .Where(f => (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.Ordinal)
                && f.QuerySelector<IHtmlInputElement>("input[name=fact]")?.Value == fact.ToString())
            .ToList();

    /// <summary>The message under a row's field, also summarised at the top of the page with a link to the field.</summary>
    private static string RowError(IDocument page, string form, Guid fact)
    {
        var message = page.QuerySelector($"#{form}-{fact}-erreur")!.TextContent.Trim();
        var link = page.QuerySelector("[role=alert] a")!;
        Assert.Equal($"#{form}-{fact}", link.GetAttribute("href"));
        Assert.Equal(message, link.TextContent.Trim());
        return message;
    }

    /// <summary>Submits the form of <paramref name="handler"/> on the row of <paramref name="fact"/>, as a browser would.</summary>
    private async Task<HttpResponseMessage> PostRowAsync(HttpClient client, string url, string handler, Guid fact, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, url);
        var form = RowForms(page, handler, fact).First();
        fields["fact"] = fact.ToString();
        fields["__RequestVerificationToken"] = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private async Task<HttpResponseMessage> PostWithTokenOfAsync(HttpClient client, string pageUrl, string target, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, pageUrl);
        fields["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }
}
