using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Commission;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Commission;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 3 items 6-7 in a browser: a coordinator opens the day's session, integrates one person with a referent chosen
/// with the caseloads in view, refuses another with a re-orientation to the accompagnement global (000 art. 3-2), and
/// downloads the minutes for France Travail; axe finds no WCAG 2.1 AA violation on the way.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class CommissionBrowserTests
{
    [Fact]
    public async Task A_coordinator_decides_an_integration_and_a_refusal_with_reorientation_then_downloads_the_minutes()
    {
        await using var session = await BrowserSession.StartAsync();
        var coordinator = await session.UserAsync(Role.Coordinator);
        var referent = await session.UserAsync(Role.Referent, email: "referente@plie.test");
        await session.UserAsync(Role.Referent, email: "second@plie.test");
        var plieId = coordinator.OrganisationId;
        for (var i = 0; i < 3; i++) await new PersonBuilder(plieId).WithEvents(Intakes.InPathway(referent.Email!)).SaveAsync(session.Database);
        var camille = await new PersonBuilder(plieId).Named("Camille", "Martin").BornOn(new(1980, 5, 4)).WithEvents(Intakes.InDiagnostic).SaveAsync(session.Database);
        var karim = await new PersonBuilder(plieId).Named("Karim", "Dubois").BornOn(new(1975, 1, 9)).WithEvents(Intakes.InDiagnostic).SaveAsync(session.Database);
        var waiting = await new PersonBuilder(plieId).Named("Léa", "Moreau").BornOn(new(1990, 7, 1)).WithEvents(Intakes.InDiagnostic).SaveAsync(session.Database);
        Guid sessionId, camilleItem, karimItem;
        await using (var scope = await session.Database.UserScopeAsync(coordinator))
        {
            var sessions = scope.ServiceProvider.GetRequiredService<CommissionSessions>();
            sessionId = (await sessions.CreateAsync(Intakes.Today, "adhoc")).Id!.Value;
            camilleItem = (await sessions.ProposeAsync(sessionId, camille.Id, Intakes.Today))!.Id!.Value;
            karimItem = (await sessions.ProposeAsync(sessionId, karim.Id, Intakes.Today))!.Id!.Value;
        }

        var page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Commission" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Commission d'intégration");
        await AxeAssert.NoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Intakes.Today.ToString("dd/MM/yyyy") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Commission ad hoc du PLIE CASA");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "commission-seance");

        var first = page.Locator($"#dossier-{camilleItem}");
        await first.GetByLabel("Intégration", new() { Exact = true }).CheckAsync();
        await first.GetByLabel("Référent·e unique (intégration)").SelectOptionAsync(new SelectOptionValue { Label = "referente – 3 personnes en parcours (norme : 45 à 65)" });
        await first.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Décision enregistrée : intégration.");
        await Assertions.Expect(page.Locator($"#dossier-{camilleItem} .decision")).ToContainTextAsync("Intégration avec referente comme référent·e unique");

        var second = page.Locator($"#dossier-{karimItem}");
        await second.GetByLabel("Refus d'intégration", new() { Exact = true }).CheckAsync();
        await second.GetByLabel("Motif (refus ou réorientation)").SelectOptionAsync(new SelectOptionValue { Label = "Ne relève pas du PLIE" });
        await second.GetByLabel("Réorientation vers").SelectOptionAsync(new SelectOptionValue { Label = "Accompagnement global (France Travail et Département)" });
        await second.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.Locator($"#dossier-{karimItem} .decision")).ToContainTextAsync("Ne relève pas du PLIE ; réorientation : Accompagnement global");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "commission-decisions");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le procès-verbal pour France Travail (Word)" }).ClickAsync());
        Assert.Equal($"proces-verbal-adhoc-{Intakes.Today:yyyy-MM-dd}.docx", download.SuggestedFilename);
        var minutes = Docx.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        Assert.Equal("Martin", minutes.Row(camille.Ref)[2]);
        Assert.Equal(["refuse", "not_plie_public", "Ne relève pas du PLIE", "accompagnement_global", "Accompagnement global (France Travail et Département)"], minutes.Row(karim.Ref).Skip(5));

        // The integrated person's paperwork, the queues and a person's eligibility: readable and accessible too.
        await page.Locator($"#dossier-{camilleItem}").GetByRole(AriaRole.Link, new() { Name = "Contrat d'engagement et délégation PNI" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Intégration de MARTIN Camille");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "commission-integration");
        await page.GotoAsync(session.Url("/Commission/Attente"));
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "commission-attente");
        await page.GotoAsync(session.Url($"/Commission/Eligibilite/{waiting.Id}"));
        await Assertions.Expect(page.Locator("tr[data-rule=willing_and_able]")).ToHaveAttributeAsync("data-outcome", "to_confirm");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "commission-eligibilite");
    }
}
