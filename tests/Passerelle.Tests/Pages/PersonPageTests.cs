using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class PersonPageTests : WebTest
{
    private static List<JourneyEvent> JourneyWithExit(DateOnly d) =>
    [
        new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "info_session" },
        new InfoSessionEvent { Date = d.AddDays(7), Organiser = "joint", Attended = true },
        new IntegrationEvent { Date = d.AddDays(30), Referent = "referente@casa.test" },
        new StepEvent { Date = d.AddDays(40), End = d.AddDays(50), Kind = "immersion" },
        new ContractEvent { Date = d.AddDays(90), Kind = "cdi", WeeklyHours = 24.5m },
        new TrainingEvent { Date = d.AddDays(60), Qualifying = true },
        new ExitEvent { Date = d.AddDays(200), Reason = "employment", Proofs = ["contract", "payslips"] },
    ];

    [Fact]
    public async Task The_page_shows_identity_situation_and_facts_in_order_with_French_labels()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).Named("Éloïse", "Dupré").BornOn(new(1985, 7, 14))
            .WithSituation(new Situation { Rsa = true, Rqth = true, EducationLevel = 3, SingleParent = true })
            .WithEvents(JourneyWithExit).SaveAsync(Db);

        var page = await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)), $"/Personnes/{person.Id}?vue=chronologie");

        Assert.Equal("DUPRÉ Éloïse", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Sorti·e le", page.QuerySelector(".summary .status")!.TextContent);
        Assert.Contains("Emploi CDI ou CDD", page.QuerySelector(".summary")!.TextContent);
        var situation = page.QuerySelector(".situation")!.TextContent;
        Assert.Contains("Bénéficiaire du RSA", situation);
        Assert.Contains("Niveau 3 – CAP, BEP", situation);
        var facts = page.QuerySelectorAll(".timeline-fact .fact-label").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Orientation", "Information collective", "Intégration", "Étape de parcours", "Formation", "Contrat de travail", "Sortie"], facts);
        var text = page.QuerySelector(".timeline")!.TextContent;
        Assert.Contains("France Travail (FT-ANTIBES)", text);
        Assert.Contains("Co-animée France Travail / PLIE", text);
        Assert.Contains("Présent·e", text);
        Assert.Contains("Immersion (PMSMP)", text);
        Assert.Contains("24,5 h", text);
        Assert.Contains("(en cours)", text);
        Assert.Contains("Contrat de travail, Bulletins de salaire", text);
        Assert.DoesNotContain("france_travail", text);
    }

    [Fact]
    public async Task Reading_a_person_leaves_a_read_audit_line()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).SaveAsync(Db);
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);

        await GetHtmlAsync(ClientFor(referent), $"/Personnes/{person.Id}");

        await using var scope = Db.SystemScope();
        var line = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.SingleAsync(e => e.Action == "person.read");
        Assert.Equal(person.Id.ToString(), line.RecordId);
        Assert.Equal(referent.Id, line.UserId);
        Assert.Equal(plie.Id, line.PlieId);
    }

    [Fact]
    public async Task A_person_of_another_plie_answers_404_exactly_like_an_unknown_id()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        await Seed.PlieAsync(Db, "plie-b");
        var ofA = await new PersonBuilder(a.Id).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "plie-b", Role.Director));

        var foreign = await client.GetAsync($"/Personnes/{ofA.Id}");
        var unknown = await client.GetAsync($"/Personnes/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // Same page, but for the antiforgery token of the sign-out form, which changes on every answer.
        Assert.Equal(WithoutTokens(await unknown.Content.ReadAsStringAsync()), WithoutTokens(await foreign.Content.ReadAsStringAsync()));
        await using var scope = Db.SystemScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AnyAsync(e => e.Action == "person.read"));
    }

    private static string WithoutTokens(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"", "");

    [Fact]
    public async Task A_France_Travail_agency_user_cannot_open_a_person()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).Named("Sophie", "Moreau").SaveAsync(Db);
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");

        var response = await ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor)).GetAsync($"/Personnes/{person.Id}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("MOREAU", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_journey_in_progress_shows_its_current_status()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).SaveAsync(Db);

        var page = await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)), $"/Personnes/{person.Id}");

        Assert.StartsWith("En parcours depuis le", page.QuerySelector(".summary .status")!.TextContent.Trim());
    }
}
