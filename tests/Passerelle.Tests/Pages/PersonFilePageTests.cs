using System.Diagnostics;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// The participant file (issue 4 item 1): its sections, the timeline by month, the employment follow-up (item 5) and the
/// exit's proofs (item 4), on 15 March 2026.
/// </summary>
public class PersonFilePageTests : WebTest
{
    private const string Mine = "referente@casa.test";
    private static readonly DateOnly Today = new(2026, 3, 15);
    private WebApplicationFactory<Program>? clocked;

    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Today))))).ClientFor(user);

    private async Task<(Person Person, HttpClient Client)> ArrangeAsync(string preset, params JourneyEvent[] more)
    {
        var plie = await Seed.PlieAsync(Db, "plie", preset);
        var user = await Seed.UserAsync(Db, "plie", Role.Referent, Mine);
        await Seed.UserAsync(Db, "plie", Role.Referent, "bruno@casa.test");
        var person = await new PersonBuilder(plie.Id).WithEvents(_ =>
        [
            new ReferralEvent { Date = new(2025, 5, 1), PrescriberKind = "france_travail", Channel = "flow" },
            new BarrierEvent { Date = new(2025, 5, 20), Family = "housing" },
            new BarrierEvent { Date = new(2025, 5, 20), Family = "transport", WorkedFrom = new(2025, 6, 10) },
            new BarrierEvent { Date = new(2025, 5, 20), Family = "career", WorkedFrom = new(2025, 6, 10), End = new(2026, 1, 15) },
            new IntegrationEvent { Date = new(2025, 6, 1), Referent = Mine },
            new ContactEvent { Date = new(2025, 6, 15), Mode = "individual" },
            .. more,
        ]).SaveAsync(Db);
        return (person, Client(user));
    }

    [Fact]
    public async Task The_sections_show_barriers_by_state_contracts_trainings_contacts_with_their_referent_and_requests_with_their_status()
    {
        var (person, client) = await ArrangeAsync("casa-2021-2023",
            new StepEvent { Date = new(2025, 7, 1), End = new(2025, 7, 15), Kind = "immersion" },
            new ContractEvent { Date = new(2025, 8, 1), End = new(2025, 8, 31), Kind = "temp", WeeklyHours = 35, HoursWorked = 151.5m },
            new ContractEvent { Date = new(2025, 9, 1), Kind = "cui_pec", WeeklyHours = 20 },
            new ContractEvent { Date = new(2025, 9, 1), End = new(2025, 12, 31), Kind = "cdd", WeeklyHours = 24, InsertionCompany = true },
            new TrainingEvent { Date = new(2025, 10, 1), End = new(2026, 2, 28), Qualifying = true, QualificationObtained = new(2026, 2, 28) },
            new SuspensionEvent { Date = new(2025, 11, 1), End = new(2025, 11, 30), Reason = "health" },
            new ReferentChangeEvent { Date = new(2025, 12, 1), Referent = "bruno@casa.test", Reason = "absence" },
            new ContactEvent { Date = new(2025, 12, 5), Mode = "phone" },
            new RequestEvent { Date = new(2025, 9, 10), Kind = "afc", Outcome = "realised", OutcomeDate = new(2025, 10, 1) },
            new RequestEvent { Date = new(2026, 3, 1), Kind = "mobility" });

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}");

        Assert.Equal(["Faire face à des difficultés de logement"], Cells(page, "table.barriers-identifies tbody tr", "th"));
        Assert.Equal(["Accéder à un moyen de transport 20/05/2025 10/06/2025"], Rows(page, "table.barriers-travailles tbody tr"));
        Assert.Equal(["Parcours professionnel 20/05/2025 10/06/2025 15/01/2026"], Rows(page, "table.barriers-leves tbody tr"));
        Assert.Equal(["Immersion (PMSMP) du 01/07/2025 au 15/07/2025 Terminée"], Rows(page, "table.steps tbody tr"));
        Assert.Equal(
        [
            "CDD du 01/09/2025 au 31/12/2025 24 h — Entreprise d'insertion Terminé",
            "CUI PEC depuis le 01/09/2025 (en cours) 20 h — Contrat aidé du secteur non marchand En cours",
            "Intérim du 01/08/2025 au 31/08/2025 35 h 151,5 h — Terminé",
        ], Rows(page, "table.contracts tbody tr"));
        Assert.Equal(["du 01/10/2025 au 28/02/2026 Oui le 28/02/2026 Terminée"], Rows(page, "table.trainings tbody tr"));
        Assert.Equal(["Santé du 01/11/2025 au 30/11/2025 Terminée"], Rows(page, "table.suspensions tbody tr"));
        Assert.Equal(["05/12/2025 Téléphone bruno", "15/06/2025 Entretien individuel referente"], Rows(page, "table.contacts tbody tr"));
        Assert.Equal(["01/12/2025 referente bruno Absence du référent"], Rows(page, "table.referent-changes tbody tr"));
        Assert.Equal(
        [
            "01/03/2026 Aide à la mobilité En attente depuis 14 jours",
            "10/09/2025 Action de formation conventionnée (AFC) Réalisée le 01/10/2025, après 21 jours",
        ], Rows(page, "table.requests tbody tr"));
        Assert.Equal("Freins (3)", Squash(page.QuerySelector(".file-toc a[href='#freins']")!.TextContent));
        Assert.DoesNotContain("cui_pec", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task The_timeline_lists_every_fact_in_order_grouped_by_month()
    {
        var (person, client) = await ArrangeAsync("casa-2021-2023",
            new RequestEvent { Date = new(2025, 6, 20), Kind = "licence_b" },
            new ExitEvent { Date = new(2025, 7, 3), Reason = "moved" });

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}?vue=chronologie");

        Assert.Null(page.QuerySelector("#freins"));
        Assert.Equal("page", page.QuerySelector(".file-views a[href$='vue=chronologie']")!.GetAttribute("aria-current"));
        var months = page.QuerySelectorAll("ol.timeline-months > li").ToList();
        Assert.Equal(["Mai 2025 (4)", "Juin 2025 (3)", "Juillet 2025 (1)"], months.Select(m => Squash(m.QuerySelector("h3")!.TextContent)));
        Assert.Equal(["Orientation", "Frein", "Frein", "Frein"], Labels(months[0]));
        Assert.Equal(["Intégration", "Contact", "Demande à France Travail"], Labels(months[1]));
        Assert.Equal("2025-06-20", months[1].QuerySelectorAll("time")[2].GetAttribute("datetime"));
        var june = Squash(months[1].TextContent);
        Assert.Contains("Référent·e : referente", june);
        Assert.Contains("Demande : Aide au permis B · Réponse : en attente", june);
        Assert.Contains("identifié le 20/05/2025, levé le 15/01/2026", Squash(months[0].TextContent));
        Assert.Equal("false", months[2].QuerySelector(".verdict")!.GetAttribute("data-positive"));
    }

    [Fact]
    public async Task A_person_with_many_facts_gets_every_one_in_the_timeline_and_older_contacts_folded()
    {
        var many = new List<JourneyEvent>();
        for (var d = new DateOnly(2025, 6, 16); d < Today; d = d.AddDays(2)) many.Add(new ContactEvent { Date = d, Mode = d.Day % 3 == 0 ? "phone" : "individual" });
        var (person, client) = await ArrangeAsync("casa-2021-2023", [.. many]);
        var url = $"/Personnes/{person.Id}";
        await GetHtmlAsync(client, url);

        var clock = Stopwatch.StartNew();
        var sections = await GetHtmlAsync(client, url);
        var timeline = await GetHtmlAsync(client, url + "?vue=chronologie");
        clock.Stop();

        var total = 6 + many.Count;
        Assert.True(total >= 140, $"{total} facts");
        Assert.Equal(total, timeline.QuerySelectorAll(".timeline-fact").Length);
        Assert.Equal(11, timeline.QuerySelectorAll("ol.timeline-months > li").Length);
        Assert.Equal(12, sections.QuerySelectorAll("#contacts > table.contacts tbody tr").Length);
        Assert.Equal(many.Count + 1 - 12, sections.QuerySelectorAll("details.contacts-older tbody tr").Length);
        // Generous: both pages of a 140-fact file in well under a few seconds even on a loaded test machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{clock.Elapsed}");
    }

    [Theory]
    [InlineData("casa-2021-2023", "Suivi dans l'emploi du 01/10/2025 au 01/04/2026", "Reste 17 jours", "Le suivi se termine bientôt")]
    [InlineData("martigues-2023-2027", "Suivi dans l'emploi du 01/10/2025 au 01/01/2026", "Terminé depuis le 01/01/2026", "Le suivi est terminé")]
    public async Task The_follow_up_in_employment_shows_its_period_contacts_days_left_and_leads_to_the_exit(string preset, string title, string left, string exit)
    {
        var (person, client) = await ArrangeAsync(preset,
            new ContractEvent { Date = new(2025, 10, 1), Kind = "cdi", WeeklyHours = 35 },
            new ContactEvent { Date = new(2025, 11, 5), Mode = "phone" });

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}");

        var section = page.QuerySelector("section.follow-up")!;
        Assert.Equal(title, Squash(section.QuerySelector("h2")!.TextContent));
        Assert.Contains(left, Squash(section.TextContent));
        Assert.Contains("1 : 05/11/2025 (téléphone)", Squash(section.QuerySelector(".follow-up-contacts")!.TextContent));
        Assert.Contains(exit, section.TextContent);
        Assert.Equal($"/Personnes/{person.Id}/Sortie", section.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector(".file-alerts li[data-alert=follow_up_end]"));
    }

    [Fact]
    public async Task No_follow_up_section_without_durable_employment_or_qualifying_training()
    {
        var (person, client) = await ArrangeAsync("casa-2021-2023",
            new ContractEvent { Date = new(2025, 10, 1), End = new(2025, 12, 31), Kind = "cdd", WeeklyHours = 35 },
            new TrainingEvent { Date = new(2026, 1, 5), Qualifying = false });

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}");

        Assert.Null(page.QuerySelector("section.follow-up"));
    }

    [Fact]
    public async Task An_exited_person_shows_the_proofs_expected_with_their_status_and_the_alert()
    {
        var (person, client) = await ArrangeAsync("casa-2021-2023",
            new ContractEvent { Date = new(2025, 7, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = new(2026, 3, 1), Reason = "employment", Proofs = ["contract"] });

        var page = await GetHtmlAsync(client, $"/Personnes/{person.Id}");

        var exit = page.QuerySelector("#sortie")!;
        Assert.Equal("Sortie du 01/03/2026 – Emploi CDI ou CDD", Squash(exit.QuerySelector("h2")!.TextContent));
        Assert.Equal("true", exit.QuerySelector(".verdict")!.GetAttribute("data-positive"));
        Assert.Equal(["Bulletins de salaire Manquant Marquer comme reçu : Bulletins de salaire", "Contrat de travail Reçu"], Rows(exit, "table.proofs tbody tr"));
        Assert.Contains("Justificatifs manquants pour la sortie du 01/03/2026 : bulletins de salaire.",
            Squash(page.QuerySelector(".file-alerts li[data-alert=proofs_missing]")!.TextContent));
        Assert.Null(page.QuerySelector("section.follow-up"));
        Assert.Contains("Parcours clos", page.QuerySelector(".saisie")!.TextContent);
    }

    private static List<string> Labels(IElement month) =>
        month.QuerySelectorAll(".fact-label").Select(e => e.TextContent.Trim()).ToList();

    private static List<string> Cells(IParentNode page, string rows, string cell) =>
        page.QuerySelectorAll(rows).Select(r => Squash(r.QuerySelector(cell)!.TextContent)).ToList();

    /// <summary>Each row's text; without its forms (labels and buttons) unless asked.</summary>
    private static List<string> Rows(IParentNode page, string rows, bool withForms = false) =>
        page.QuerySelectorAll(rows).Select(r => Squash(string.Join(" ", r.Children.Where(c => withForms || !c.ClassList.Contains("row-forms")).Select(c => c.TextContent)))).ToList();

    private static string Squash(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
