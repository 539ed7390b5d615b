using System.Text.Json;
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

/// <summary>/Parcours on 15 March 2026 (CASA protocol: an interview a month).</summary>
public class CaseloadPageTests : WebTest
{
    private const string Mine = "referente@casa.test";
    private static readonly DateOnly Today = new(2026, 3, 15);

    private WebApplicationFactory<Program>? clocked;

    // One host per test (as WebTest's), stopped on 15 March 2026.
    private HttpClient Client(AppUser user) =>
        (clocked ??= Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedClock(Today))))).ClientFor(user);

    private static Func<DateOnly, List<JourneyEvent>> Journey(string referent, DateOnly lastInterview, params JourneyEvent[] more) => _ =>
    [
        new ReferralEvent { Date = new(2025, 5, 1), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = new(2025, 6, 1), Referent = referent },
        new ContactEvent { Date = lastInterview, Mode = "individual" },
        .. more,
    ];

    private async Task<(Organisation Plie, AppUser Referent, Person Late, Person OnTime, Person Training)> ArrangeAsync()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent, Mine);
        var late = await new PersonBuilder(plie.Id).Named("Nadia", "Benali").WithEvents(Journey(Mine, new(2026, 1, 10))).SaveAsync(Db);
        var onTime = await new PersonBuilder(plie.Id).Named("Julien", "Moreau").WithEvents(Journey(Mine, new(2026, 3, 2))).SaveAsync(Db);
        var training = await new PersonBuilder(plie.Id).Named("Inès", "Garcia").WithEvents(Journey(Mine, new(2026, 1, 2),
            new TrainingEvent { Date = new(2026, 1, 5), Qualifying = false })).SaveAsync(Db);
        // Not listed: another referent's person, and one who left a year ago.
        await new PersonBuilder(plie.Id).Named("Karim", "Dubois").WithEvents(Journey("autre@casa.test", new(2026, 1, 10))).SaveAsync(Db);
        await new PersonBuilder(plie.Id).Named("Sophie", "Laurent").WithEvents(_ =>
        [
            new IntegrationEvent { Date = new(2024, 2, 1), Referent = Mine },
            new ExitEvent { Date = new(2025, 3, 1), Reason = "moved" },
        ]).SaveAsync(Db);
        return (plie, referent, late, onTime, training);
    }

    private static List<string> Names(IDocument page) =>
        page.QuerySelectorAll("table.caseload tbody th a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_referent_sees_their_people_in_pathway_with_their_alerts()
    {
        var (_, referent, late, _, _) = await ArrangeAsync();

        var page = await GetHtmlAsync(Client(referent), "/Parcours?tri=nom&sens=asc");

        Assert.Equal(["BENALI Nadia", "GARCIA Inès", "MOREAU Julien"], Names(page));
        Assert.Contains("3 personnes, 1 alerte", page.QuerySelector(".caseload-summary")!.TextContent);
        var row = page.QuerySelectorAll("table.caseload tbody tr").First();
        Assert.Equal($"/Personnes/{late.Id}", row.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Contains("Entretien en retard", row.QuerySelector(".badge-critical")!.TextContent);
        Assert.Contains("dernier le 10/01/2026", row.QuerySelector(".alerts")!.TextContent);
        Assert.Contains("En formation", page.QuerySelectorAll("table.caseload tbody tr")[1].TextContent);
        Assert.Equal("ascending", page.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
    }

    [Theory]
    [InlineData("tri=nom&sens=desc", new[] { "MOREAU Julien", "GARCIA Inès", "BENALI Nadia" })]
    [InlineData("tri=contact&sens=asc", new[] { "GARCIA Inès", "BENALI Nadia", "MOREAU Julien" })]
    [InlineData("tri=alertes", new[] { "BENALI Nadia", "GARCIA Inès", "MOREAU Julien" })]
    [InlineData("alerte=interview", new[] { "BENALI Nadia" })]
    [InlineData("alerte=aucune&tri=nom", new[] { "GARCIA Inès", "MOREAU Julien" })]
    [InlineData("situation=training", new[] { "GARCIA Inès" })]
    public async Task The_list_sorts_and_filters_by_query_parameters(string query, string[] expected)
    {
        var (_, referent, _, _, _) = await ArrangeAsync();

        var page = await GetHtmlAsync(Client(referent), "/Parcours?" + query);

        Assert.Equal(expected, Names(page));
    }

    [Fact]
    public async Task A_referent_cannot_look_at_another_referents_caseload()
    {
        var (_, referent, _, _, _) = await ArrangeAsync();

        var page = await GetHtmlAsync(Client(referent), "/Parcours?referent=autre%40casa.test");

        Assert.DoesNotContain("DUBOIS Karim", Names(page));
        Assert.Null(page.QuerySelector("select#referent"));
    }

    [Fact]
    public async Task A_coordinator_sees_every_referents_people_or_one_referents()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var all = await GetHtmlAsync(Client(coordinator), "/Parcours?tri=nom");
        var other = await GetHtmlAsync(Client(coordinator), "/Parcours?referent=autre%40casa.test");

        Assert.Equal(["BENALI Nadia", "DUBOIS Karim", "GARCIA Inès", "MOREAU Julien"], Names(all));
        Assert.Equal(["DUBOIS Karim"], Names(other));
        Assert.Equal(["", "autre@casa.test", Mine], all.QuerySelectorAll("select#referent option").Select(o => o.GetAttribute("value")));
    }

    [Fact]
    public async Task A_referent_of_another_plie_never_sees_its_people_even_under_their_own_address()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        await Seed.PlieAsync(Db, "plie-b");
        var referentB = await Seed.UserAsync(Db, "plie-b", Role.Referent, "referent@plie-b.test");
        await new PersonBuilder(a.Id).Named("Sophie", "Moreau").WithEvents(Journey("referent@plie-b.test", new(2026, 1, 10))).SaveAsync(Db);

        var page = await GetHtmlAsync(Client(referentB), "/Parcours");

        Assert.Empty(Names(page));
        Assert.Contains("Aucune personne en parcours", page.QuerySelector(".empty-state")!.TextContent);
        Assert.DoesNotContain("MOREAU", page.DocumentElement.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referent_change_moves_the_person_to_the_new_referents_caseload()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent, Mine);
        var former = await Seed.UserAsync(Db, "casa", Role.Referent, "autre@casa.test");
        await new PersonBuilder(plie.Id).Named("Hugo", "Petit").WithEvents(Journey("autre@casa.test", new(2026, 3, 2),
            new ReferentChangeEvent { Date = new(2026, 2, 1), Referent = Mine, Reason = "absence" })).SaveAsync(Db);

        Assert.Equal(["PETIT Hugo"], Names(await GetHtmlAsync(Client(referent), "/Parcours")));
        Assert.Empty(Names(await GetHtmlAsync(Client(former), "/Parcours")));
    }

    [Fact]
    public async Task An_exit_with_missing_proofs_stays_on_the_caseload_until_they_come()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent, Mine);
        await new PersonBuilder(plie.Id).Named("Amélie", "Rousseau").WithEvents(Journey(Mine, new(2026, 1, 10),
            new ContractEvent { Date = new(2025, 8, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = new(2026, 3, 1), Reason = "employment", Proofs = ["contract"] })).SaveAsync(Db);

        var page = await GetHtmlAsync(Client(referent), "/Parcours");

        Assert.Equal(["ROUSSEAU Amélie"], Names(page));
        Assert.Contains("Justificatifs manquants", page.QuerySelector(".alerts")!.TextContent);
        Assert.Contains("Sorti·e le 01/03/2026", page.QuerySelector("table.caseload tbody tr")!.TextContent);
    }

    [Fact]
    public async Task Each_display_leaves_one_caseload_audit_line_naming_the_people_listed()
    {
        var (plie, referent, late, onTime, training) = await ArrangeAsync();

        await GetHtmlAsync(Client(referent), "/Parcours?alerte=interview");

        await using var scope = Db.SystemScope();
        var lines = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents
            .Where(e => e.Action == "person.caseload").ToListAsync();
        var line = Assert.Single(lines);
        Assert.Equal(referent.Id, line.UserId);
        Assert.Equal(plie.Id, line.PlieId);
        Assert.Equal("person", line.RecordType);
        Assert.Null(line.RecordId);
        // The whole caseload was read (and counted in the summary), not only the filtered rows; ids only, no names.
        using var detail = JsonDocument.Parse(line.Detail!);
        Assert.Equal(["persons"], detail.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(new[] { late.Id, onTime.Id, training.Id }.Select(i => i.ToString()).Order(),
            detail.RootElement.GetProperty("persons").EnumerateArray().Select(p => p.GetString()).Order());
    }

    [Fact]
    public async Task The_home_page_links_the_referents_figure_to_the_caseload()
    {
        var (_, referent, _, _, _) = await ArrangeAsync();

        var home = await GetHtmlAsync(Client(referent), "/");

        Assert.Equal("Personnes que j'accompagne", home.QuerySelector("a[href='/Parcours'].figure-label")!.TextContent);
    }

    [Fact]
    public async Task A_France_Travail_counsellor_has_no_access()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var counsellor = await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor);

        var response = await Client(counsellor).GetAsync("/Parcours");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }
}
