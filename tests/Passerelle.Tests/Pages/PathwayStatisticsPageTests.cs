using System.Net;
using AngleSharp.Dom;
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

/// <summary>/Pilotage/Parcours on 15 March 2026 (issue 4 item 6): tables, charts beside them, filters, roles.</summary>
public class PathwayStatisticsPageTests : WebTest
{
    private const string A = "a@casa.test", B = "b@casa.test";
    private static readonly DateOnly Today = new(2026, 3, 15);

    private WebApplicationFactory<Program>? clocked;

    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Today))))).ClientFor(user);

    private static Func<DateOnly, List<JourneyEvent>> Pathway(string referent, DateOnly integration, params JourneyEvent[] more) => _ =>
    [
        new ReferralEvent { Date = integration.AddDays(-20), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = integration, Referent = referent },
        .. more,
    ];

    private async Task<(Organisation Plie, AppUser RefA, AppUser RefB)> ArrangeAsync()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var refA = await Seed.UserAsync(Db, "casa", Role.Referent, A);
        var refB = await Seed.UserAsync(Db, "casa", Role.Referent, B);
        // A: two pathways of 2026, one left for a CDI without payslips (positive, proofs missing), a workshop, a barrier.
        await new PersonBuilder(plie.Id).Named("Nadia", "Benali").WithEvents(Pathway(A, new(2025, 6, 1),
            new StepEvent { Date = new(2026, 1, 5), Kind = "workshop" },
            new BarrierEvent { Date = new(2025, 5, 20), Family = "transport", WorkedFrom = new(2025, 7, 1) },
            new ContractEvent { Date = new(2025, 9, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = new(2026, 3, 1), Reason = "employment", Proofs = ["contract"] })).SaveAsync(Db);
        await new PersonBuilder(plie.Id).Named("Julien", "Moreau").WithEvents(Pathway(A, new(2026, 1, 10),
            new RequestEvent { Date = new(2026, 2, 1), Kind = "licence_b", Outcome = "realised", OutcomeDate = new(2026, 3, 1) })).SaveAsync(Db);
        // B: one pathway, a training step, a dropout.
        await new PersonBuilder(plie.Id).Named("Karim", "Dubois").WithEvents(Pathway(B, new(2025, 2, 1),
            new StepEvent { Date = new(2026, 1, 20), Kind = "training" },
            new ExitEvent { Date = new(2026, 2, 15), Reason = "dropout" })).SaveAsync(Db);
        return (plie, refA, refB);
    }

    private static string Cell(IDocument page, string section, string row, int column) =>
        page.QuerySelectorAll($"#{section} ~ .row table tbody tr, section[aria-labelledby={section}] table tbody tr")
            .First(tr => tr.QuerySelector("th")!.TextContent.Trim() == row).QuerySelectorAll("td")[column].TextContent.Replace(" (voir les personnes)", "").Trim();

    private static string Figure(IDocument page, string label) =>
        page.QuerySelectorAll(".figures li").First(li => li.QuerySelector(".figure-label")!.TextContent.StartsWith(label, StringComparison.Ordinal))
            .QuerySelector("strong")!.TextContent.Replace(" (voir les personnes)", "").Trim();

    [Fact]
    public async Task A_coordinator_sees_the_plie_figures_of_the_current_year_each_table_with_its_chart()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours");

        Assert.Contains("Du 01/01/2026 au 31/12/2026, tout le PLIE ; situations lues au 15/03/2026.", System.Text.RegularExpressions.Regex.Replace(page.QuerySelector(".pilotage-scope")!.TextContent, @"\s+", " ").Trim());
        Assert.Equal("3", Figure(page, "Personnes en parcours"));
        Assert.Equal("2", Figure(page, "Sorties"));
        Assert.Equal("1", Figure(page, "Sorties positives (50 %)"));
        Assert.Equal("1", Cell(page, "etapes", "Atelier", 0));
        Assert.Equal("1", Cell(page, "sorties", "Sortie positive", 0));
        Assert.Equal("1", Cell(page, "sorties", "Rupture / abandon", 0));
        Assert.Equal("1", Cell(page, "justificatifs", "Manquants (sortie déclarée)", 0));
        Assert.Equal("1", Cell(page, "justificatifs", "dont « Bulletins de salaire » manquant", 0));
        Assert.Equal("1", Cell(page, "freins", "Accéder à un moyen de transport", 0));
        Assert.Equal("1", Cell(page, "demandes", "Aide au permis B", 1));
        // A chart beside each table: an image with its title and description, the table still there.
        var charts = page.QuerySelectorAll("svg[role=img]");
        Assert.Equal(8, charts.Length);
        Assert.All(charts, c => Assert.NotNull(c.QuerySelector("title")));
        Assert.All(page.QuerySelectorAll("section.pilotage-section"), s => Assert.NotNull(s.QuerySelector("table") ?? s.QuerySelector(".empty-state")));
        Assert.Equal(["", "Tout le PLIE"], page.QuerySelectorAll("select#referent option").Take(1).Select(o => o.GetAttribute("value") ?? "").Append(page.QuerySelector("select#referent option")!.TextContent));
        Assert.Equal(3, page.QuerySelectorAll("select#referent option").Length);
        Assert.NotNull(page.QuerySelector("#referents"));
    }

    [Fact]
    public async Task A_coordinator_chooses_a_referent_by_user_id_and_sees_their_pathways_only()
    {
        var (_, _, refB) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), $"/Pilotage/Parcours?referent={refB.Id}");

        Assert.Equal("1", Figure(page, "Personnes en parcours"));
        Assert.Equal("1", Cell(page, "sorties", "Rupture / abandon", 0));
        Assert.Equal("0", Cell(page, "sorties", "Sortie positive", 0));
        Assert.Null(page.QuerySelector("#referents"));
        Assert.Equal(refB.Id.ToString(), page.QuerySelector("select#referent option[selected]")!.GetAttribute("value"));
        var link = page.QuerySelector("#etapes ~ .row table a, section[aria-labelledby=etapes] table a")!.GetAttribute("href")!;
        Assert.Equal($"/Pilotage/Parcours/Personnes?cle=step.training&du=2026-01-01&au=2026-12-31&referent={refB.Id}", link);
    }

    [Fact]
    public async Task A_referent_sees_their_own_figures_whatever_the_url_asks()
    {
        var (_, refA, refB) = await ArrangeAsync();

        var page = await GetHtmlAsync(Client(refA), $"/Pilotage/Parcours?referent={refB.Id}");

        Assert.Equal("Mes chiffres de parcours", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("select#referent"));
        Assert.Equal("2", Figure(page, "Personnes en parcours"));
        Assert.Equal("0", Cell(page, "sorties", "Rupture / abandon", 0));
        Assert.Null(page.QuerySelector("#referents"));
    }

    [Fact]
    public async Task Another_plies_people_are_never_counted_even_under_a_referents_address()
    {
        var (_, refA, _) = await ArrangeAsync();
        var other = await Seed.PlieAsync(Db, "autre");
        for (var i = 0; i < 3; i++)
            await new PersonBuilder(other.Id).WithEvents(Pathway(A, new(2026, 1, 2), new ExitEvent { Date = new(2026, 2, 1), Reason = "moved" })).SaveAsync(Db);
        var foreignCoordinator = await Seed.UserAsync(Db, "autre", Role.Coordinator);

        var mine = await GetHtmlAsync(Client(refA), "/Pilotage/Parcours");
        var theirs = await GetHtmlAsync(Client(foreignCoordinator), $"/Pilotage/Parcours?du=01/01/2026&au=31/12/2026");

        Assert.Equal("0", Cell(mine, "sorties", "Sortie administrative", 0));
        Assert.Equal("3", Cell(theirs, "sorties", "Sortie administrative", 0));
        Assert.Equal("3", Figure(theirs, "Personnes en parcours"));
        Assert.DoesNotContain("Atelier", theirs.QuerySelector("section[aria-labelledby=etapes]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referent_id_of_another_plie_answers_404_like_a_missing_one()
    {
        await ArrangeAsync();
        await Seed.PlieAsync(Db, "autre");
        var foreign = await Seed.UserAsync(Db, "autre", Role.Referent);
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var foreignResponse = await Client(coordinator).GetAsync($"/Pilotage/Parcours?referent={foreign.Id}");
        var missingResponse = await Client(coordinator).GetAsync($"/Pilotage/Parcours?referent={Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, foreignResponse.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingResponse.StatusCode);
    }

    [Theory]
    [InlineData("du=32/01/2026", "Du : saisissez une date valide au format jj/mm/aaaa.")]
    [InlineData("du=01/06/2026&au=01/01/2026", "Au : la fin de la période précède son début.")]
    public async Task A_wrong_period_names_its_field_and_shows_no_figures(string query, string message)
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours?" + query);

        Assert.Contains(message, page.QuerySelector(".alert-danger")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".figures"));
    }

    [Fact]
    public async Task A_chosen_range_and_an_empty_one()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var february = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours?du=01/02/2026&au=28/02/2026");
        var empty = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours?du=01/01/2020&au=31/12/2020");

        Assert.Equal("1", Figure(february, "Sorties")); // the dropout of 15/02; the CDI exit of 01/03 is in March
        Assert.Contains("Aucun parcours en cours ni aucune sortie sur cette période", empty.QuerySelector(".empty-state")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(empty.QuerySelectorAll("svg"));
    }

    [Theory]
    [InlineData(Role.Assistant)]
    [InlineData(Role.EmployerRelations)]
    [InlineData(Role.Auditor)]
    [InlineData(Role.Dpo)]
    public async Task Roles_that_do_not_steer_pathways_have_no_access(Role role)
    {
        await ArrangeAsync();
        var user = await Seed.UserAsync(Db, "casa", role);

        var page = await Client(user).GetAsync("/Pilotage/Parcours");
        var people = await Client(user).GetAsync("/Pilotage/Parcours/Personnes?cle=exits.all");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, people.StatusCode);
    }

    [Fact]
    public async Task The_people_behind_a_figure_are_listed_by_name_and_each_listing_is_audited()
    {
        var (plie, _, _) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var exits = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours/Personnes?cle=exits.all&du=2026-01-01&au=2026-12-31");
        var unknown = await Client(coordinator).GetAsync("/Pilotage/Parcours/Personnes?cle=step.inconnue");

        Assert.Equal("Sorties dans la période", exits.QuerySelector("h1")!.TextContent);
        Assert.Equal(["BENALI Nadia", "DUBOIS Karim"], exits.QuerySelectorAll(".people-behind a").Select(a => a.TextContent));
        Assert.All(exits.QuerySelectorAll(".people-behind a"), a => Assert.StartsWith("/Personnes/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var scope = Db.SystemScope();
        var lines = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AsNoTracking()
            .Where(e => e.Action == "person.statistics").ToListAsync();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.Equal((plie.Id, coordinator.Id, "/Pilotage/Parcours/Personnes"), (l.PlieId!.Value, l.UserId!.Value, l.Origin)));
    }

    /// <summary>Issue 3 item 8: the referral flow by prescriber and agency, the stage reached, the delays and the no-shows, for the whole PLIE.</summary>
    [Fact]
    public async Task A_coordinator_sees_the_referral_flow_delays_and_no_shows_and_the_people_behind_them()
    {
        var (casa, refA, _) = await ArrangeAsync();
        var plie = casa.Id;
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        // 2026: Lina referred by France Travail Antibes on 5 Jan, absent at the first contact on the 12th, present on the
        // 19th (14 days), diagnostic on the 26th (7 days). Omar, referred by the Département on 2 Feb, waiting.
        await new PersonBuilder(plie).Named("Lina", "Haddad").WithEvents(_ =>
        [
            new ReferralEvent { Date = new(2026, 1, 5), PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
            new FirstContactEvent { Date = new(2026, 1, 12), Mode = "collective", Attended = false },
            new FirstContactEvent { Date = new(2026, 1, 19), Mode = "individual", Attended = true },
            new DiagnosticStartEvent { Date = new(2026, 1, 26) },
        ]).SaveAsync(Db);
        await new PersonBuilder(plie).Named("Omar", "Sy").WithEvents(_ => [new ReferralEvent { Date = new(2026, 2, 2), PrescriberKind = "departement", Channel = "flow" }]).SaveAsync(Db);
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours");
        var mine = await GetHtmlAsync(Client(refA), "/Pilotage/Parcours");
        var absent = await GetHtmlAsync(Client(coordinator), "/Pilotage/Parcours/Personnes?cle=intake.absent.first_contact&du=2026-01-01&au=2026-12-31");
        var forReferent = await Client(refA).GetAsync("/Pilotage/Parcours/Personnes?cle=intake.referrals&du=2026-01-01&au=2026-12-31");

        Assert.Equal("1", Cell(page, "orientations", "France Travail", 0));
        Assert.Equal("1", Cell(page, "orientations", "Département", 0));
        Assert.Contains(page.QuerySelectorAll("table.intake-agencies tbody th"), th => th.TextContent.Contains("(FT-ANTIBES)"));
        Assert.Equal("1", page.QuerySelector("table.intake-outcomes tr[data-stage=diagnostic] td")!.TextContent.Replace(" (voir les personnes)", "").Trim());
        Assert.Equal("14 j", page.QuerySelectorAll("table.intake-delays tr[data-delay=first_contact] td")[1].TextContent.Trim());
        Assert.Equal("50 %", page.QuerySelectorAll("table.intake-absences tr[data-convocation=first_contact] td")[2].TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#graphe-delais-title"));
        Assert.Equal("/Pilotage/Parcours/Personnes?cle=intake.agency.ft-antibes&du=2026-01-01&au=2026-12-31",
            page.QuerySelector("table.intake-agencies tbody a")!.GetAttribute("href"));
        Assert.Equal(["HADDAD Lina"], absent.QuerySelectorAll(".people-behind a").Select(a => a.TextContent));
        Assert.Equal("Absentes à un premier accueil dans la période", absent.QuerySelector("h1")!.TextContent);
        // The intake precedes any referent: a referent's own figures have no intake section, nor its people.
        Assert.Null(mine.QuerySelector("#orientations"));
        Assert.Equal(HttpStatusCode.NotFound, forReferent.StatusCode);
    }

    /// <summary>Issue 6 item 4: the activity report page (seed 003), its charts, the people behind a figure, closed to referents.</summary>
    [Fact]
    public async Task A_coordinator_reads_the_activity_report_of_a_period_and_a_referent_may_not()
    {
        var (_, refA, _) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Activite?du=01/01/2025&au=31/12/2025");
        var bad = await Client(coordinator).GetAsync("/Pilotage/Activite?du=32/01/2025");
        var forReferent = await Client(refA).GetAsync("/Pilotage/Activite");

        // 2025: Nadia (A) integrated 1 June, Karim (B) 1 February; no exit in 2025 (both in 2026).
        Assert.Contains("le PLIE a intégré 2 personnes", System.Text.RegularExpressions.Regex.Replace(page.QuerySelector("#public ~ p, section[aria-labelledby=public] p")!.TextContent, @"\s+", " ").Replace(" (voir les personnes)", ""));
        Assert.Equal("Aucune sortie dans la période.", page.QuerySelector("section[aria-labelledby=sorties] .empty-state")!.TextContent);
        Assert.Equal(["public", "prescripteurs", "accompagnement", "freins", "sorties"], page.QuerySelectorAll("section.pilotage-section h2").Select(h => h.Id));
        Assert.NotNull(page.QuerySelector("#graphe-public-title"));
        // Seed 003's sectors wished: none recorded in this fixture (ActivityReportTests counts them).
        Assert.StartsWith("Aucun souhait de secteur", page.QuerySelector("#secteurs + .row .empty-state")!.TextContent);
        Assert.DoesNotContain("ne sont pas encore saisis", page.Body!.TextContent);
        Assert.StartsWith("/Pilotage/Parcours/Personnes?cle=activity.rsa&du=2025-01-01", page.QuerySelector("tr[data-figure=rsa] a")!.GetAttribute("href"));
        var rsa = await GetHtmlAsync(Client(coordinator), page.QuerySelector("tr[data-figure=rsa] a")!.GetAttribute("href")!);
        Assert.Equal("Intégrées dans la période, allocataires du RSA à l'entrée", rsa.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, rsa.QuerySelectorAll(".people-behind a").Length);
        Assert.Contains("Du : saisissez une date valide", await bad.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, forReferent.StatusCode);
        var xlsx = await Client(coordinator).GetAsync(page.QuerySelector("a[href*='handler=Xlsx']")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("rapport-activite-2025-01-01-2025-12-31.xlsx", xlsx.Content.Headers.ContentDisposition!.FileNameStar ?? xlsx.Content.Headers.ContentDisposition.FileName);
    }

    /// <summary>Issue 6 item 5: the protocol objectives page, a table and a chart per objective, closed to referents.</summary>
    [Fact]
    public async Task A_coordinator_reads_the_progress_against_the_protocol_objectives()
    {
        var (_, refA, _) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var page = await GetHtmlAsync(Client(coordinator), "/Pilotage/Objectifs");
        var forReferent = await Client(refA).GetAsync("/Pilotage/Objectifs");

        // CASA 2021-2023 read on 15 March 2026: over; the people of the fixture came after it.
        Assert.Contains("(protocole terminé)", page.QuerySelector("section.pilotage-section p")!.TextContent);
        Assert.Equal(["people_accompanied", "rsa_accompanied", "positive_exit_rate", "work_contract_rate", "participants_per_year"],
            page.QuerySelectorAll(".objective").Select(o => o.GetAttribute("data-objective")));
        Assert.Equal(["2021", "2022", "2023"], page.QuerySelectorAll("[data-objective=participants_per_year] tbody tr").Select(tr => tr.GetAttribute("data-period")));
        Assert.Equal("missed", page.QuerySelector("[data-objective=people_accompanied] tbody tr")!.GetAttribute("data-status"));
        Assert.Equal(5, page.QuerySelectorAll(".objective svg[role=img]").Length);
        Assert.Equal(HttpStatusCode.Forbidden, forReferent.StatusCode);
    }

    /// <summary>One "Pilotage" entry in the navigation leads to every steering page open to the role.</summary>
    [Fact]
    public async Task The_steering_hub_lists_the_pages_open_to_each_role()
    {
        await Seed.PlieAsync(Db, "casa");
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);

        var forCoordinator = await GetHtmlAsync(Client(coordinator), "/Pilotage");
        var forReferent = await GetHtmlAsync(Client(referent), "/Pilotage");

        Assert.Equal(["/Pilotage/Parcours", "/Pilotage/Activite", "/Pilotage/Objectifs", "/Pilotage/Bilan", "/Pilotage/Qualitatif"],
            forCoordinator.QuerySelectorAll(".pilotage-hub a").Select(a => a.GetAttribute("href")));
        Assert.Equal("/Pilotage", forCoordinator.QuerySelector("nav a.nav-link[href^='/Pilotage']")!.GetAttribute("href"));
        Assert.DoesNotContain(forReferent.QuerySelectorAll(".pilotage-hub a"), a => a.GetAttribute("href") is "/Pilotage/Activite" or "/Pilotage/Objectifs");
        Assert.Equal("Mes chiffres de parcours", forReferent.QuerySelector(".pilotage-hub a .h5")!.TextContent);
    }

    [Theory]
    [InlineData(Role.Coordinator, "Pilotage des parcours")]
    [InlineData(Role.Referent, "Mes chiffres de parcours")]
    public async Task The_home_page_has_a_tile_for_those_who_steer(Role role, string tile)
    {
        await Seed.PlieAsync(Db, "casa");
        var user = await Seed.UserAsync(Db, "casa", role);

        var home = await GetHtmlAsync(Client(user), "/");

        Assert.Equal(tile, home.QuerySelector("a[href='/Pilotage/Parcours']:not(.nav-link)")!.TextContent);
    }
}
