using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 3's acceptance walk (domain.md "The journey of a person", steps 1-5; 000 art. 3-4): a France Travail counsellor
/// sends a fiche de liaison; the coordinator convokes the person to an information collective and takes attendance; the
/// referent finds her in the first-contact queue, records the first contact and opens the diagnostic, confirms the
/// judgement rules of eligibility and proposes the integration; the commission integrates her with a referent; the
/// contract of engagement is signed. Every step is a journey fact of the export; axe on every page.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class IntakeBrowserTests
{
    [Fact]
    public async Task A_person_goes_from_a_France_Travail_fiche_de_liaison_to_integration_with_a_signed_contract_and_a_referent()
    {
        await using var session = await BrowserSession.StartAsync();
        var coordinator = await session.UserAsync(Role.Coordinator);
        var referent = await session.UserAsync(Role.Referent, email: "referente@plie.test");
        await Seed.OrganisationAsync(session.Database, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var counsellor = await Seed.UserAsync(session.Database, "FT-ANTIBES", Role.FtCounsellor);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var nav = (IPage p) => p.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" });

        // 1. The fiche de liaison.
        var page = await session.LoginAsync(counsellor.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle fiche de liaison" }).First.ClickAsync();
        await ReferralBrowserTests.FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la fiche de liaison" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Fiche de liaison envoyée au PLIE casa.");

        // 2. The information collective: programmed, the person convoked, present.
        page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await nav(page).GetByRole(AriaRole.Link, new() { Name = "Informations collectives" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmer une information collective" }).ClickAsync();
        await page.GetByLabel("Date").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Heure de début").FillAsync("00:00");
        await page.GetByLabel("Lieu").FillAsync("Agence France Travail d'Antibes");
        await page.GetByLabel("Co-animée France Travail / PLIE").CheckAsync();
        await page.GetByLabel("Capacité (places)").FillAsync("25");
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Information collective IC-"));
        await page.Keyboard.TypeAsync("diallo");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("table.candidates button").First.ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success[role=status]")).ToContainTextAsync("enregistrée");
        await page.GetByRole(AriaRole.Link, new() { Name = "Saisir la présence" }).ClickAsync();
        await page.Locator("input[type=radio][value=present]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la présence" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success[role=status]")).ToContainTextAsync("1 présent·e");

        // The coordinator opens the day's commission session.
        await nav(page).GetByRole(AriaRole.Link, new() { Name = "Commission" }).ClickAsync();
        await page.GetByLabel("Date de la séance").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ouvrir la séance" }).ClickAsync();

        // 3. The referent: the first-contact queue, then the person's file (intake tabs).
        page = await session.LoginAsync(referent.Email!, Seed.Password);
        await page.GotoAsync(session.Url("/Commission/Attente"));
        await page.Locator("#premier-accueil ~ table, section[aria-labelledby=premier-accueil]").GetByRole(AriaRole.Link, new() { Name = "DIALLO Awa" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("DIALLO Awa");
        await Assertions.Expect(page.Locator(".saisie-onglets .active")).ToHaveTextAsync("Premier accueil");
        await page.GetByLabel("Individuel").CheckAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "accueil-premier-accueil");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Premier accueil enregistré.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ouverture du diagnostic" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Ouverture du diagnostic enregistrée.");
        await Assertions.Expect(page.Locator(".summary .status")).ToContainTextAsync("En diagnostic");
        await AxeAssert.NoViolationsAsync(page);

        // 4. Eligibility: the judgement rules confirmed, then the integration proposed to the session.
        await page.GetByRole(AriaRole.Link, new() { Name = "éligibilité et proposition à la commission" }).ClickAsync();
        foreach (var rule in await page.Locator("form fieldset input[value=oui]").AllAsync()) await rule.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les confirmations" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Éligible : tous les critères sont remplis ou confirmés.")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "accueil-eligibilite");
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer l'intégration" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposer-titre ~ p")).ToContainTextAsync("inscrite à l'ordre du jour");

        // 5. The commission integrates her with the referent.
        page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await nav(page).GetByRole(AriaRole.Link, new() { Name = "Commission" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = today.ToString("dd/MM/yyyy") }).ClickAsync();
        var file = page.Locator("[id^=dossier-]", new() { HasText = "DIALLO" });
        await file.GetByLabel("Intégration", new() { Exact = true }).CheckAsync();
        await file.GetByLabel("Référent·e unique (intégration)").SelectOptionAsync("referente@plie.test");
        await file.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la décision" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Décision enregistrée : intégration.");

        // 6. The contract of engagement, signed.
        await file.GetByRole(AriaRole.Link, new() { Name = "Contrat d'engagement et délégation PNI" }).ClickAsync();
        var contract = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le contrat d'engagement (Word)" }).ClickAsync());
        Assert.EndsWith(".docx", contract.SuggestedFilename);
        await page.GetByLabel("Date de signature").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la signature" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Signature du contrat d'engagement enregistrée");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "accueil-integration");

        // Every step is a journey fact, in order.
        await using var scope = session.Database.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var events = await db.JourneyEvents.IgnoreQueryFilters().OrderBy(e => e.Seq).ToListAsync();
        Assert.Equal(["referral", "info_session", "first_contact", "diagnostic_start", "integration"], events.Select(e => e.Type));
        var integration = Assert.IsType<IntegrationEvent>(events[^1]);
        Assert.Equal(("referente@plie.test", today), (integration.Referent, integration.Date));
    }
}
