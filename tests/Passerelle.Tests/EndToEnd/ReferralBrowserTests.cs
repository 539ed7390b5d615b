using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 3 item 1: a France Travail counsellor fills the online fiche de liaison (000 art. 3-4 a), sees it printable, sends
/// it again by mistake and is offered to attach it to the person already known, then finds the person in "Mes orientations".
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class ReferralBrowserTests
{
    [Fact]
    public async Task A_France_Travail_counsellor_sends_a_fiche_de_liaison_and_follows_it_in_Mes_orientations()
    {
        await using var session = await BrowserSession.StartAsync();
        await Seed.PlieAsync(session.Database, "casa");
        await Seed.OrganisationAsync(session.Database, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var counsellor = await Seed.UserAsync(session.Database, "FT-ANTIBES", Role.FtCounsellor);
        var page = await session.LoginAsync(counsellor.Email!, Seed.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle fiche de liaison" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nouvelle fiche de liaison" })).ToBeVisibleAsync();
        await FillAsync(page);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "orientation-fiche");
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la fiche de liaison" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Fiche de liaison envoyée au PLIE casa.");
        await Assertions.Expect(page.Locator("article.fiche")).ToContainTextAsync("rsa=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer" })).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "orientation-fiche-envoyee");
        // Printed, the fiche stands alone: no navigation, no buttons.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Imprimer" })).ToBeHiddenAsync();
        await session.ScreenshotAsync(page, "orientation-fiche-impression");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The same fiche again: nothing is sent until the counsellor says it is the same person.
        await page.GetByRole(AriaRole.Link, new() { Name = "Nouvelle fiche de liaison" }).Last.ClickAsync();
        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Envoyer la fiche de liaison" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Cette personne est peut-être déjà connue");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "orientation-doublon");
        await page.GetByLabel("C'est la même personne").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirmer et envoyer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("rattachée à la personne qu'il connaissait déjà");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Mes orientations" }).ClickAsync();
        var rows = page.Locator("table.orientations tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("DIALLO Awa");
        await Assertions.Expect(rows.First).ToContainTextAsync("Orienté·e");
        await Assertions.Expect(page.Locator("main a[href*='/Personnes']")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "orientation-mes-orientations");
    }

    internal static async Task FillAsync(IPage page)
    {
        await page.GetByLabel("Nom", new() { Exact = true }).FillAsync("Diallo");
        await page.GetByLabel("Prénom").FillAsync("Awa");
        await page.GetByLabel("Date de naissance").FillAsync("1981-04-02");
        await page.GetByLabel("Femme").CheckAsync();
        await page.GetByLabel("Commune de résidence").SelectOptionAsync("06004");
        await page.GetByLabel("Identifiant France Travail").FillAsync("1234567A");
        await page.GetByLabel("Bénéficiaire du RSA").CheckAsync();
        await page.GetByLabel("Demandeur d'emploi de longue durée (DELD)").CheckAsync();
        await page.GetByLabel("Niveau de formation").SelectOptionAsync("3");
        await page.GetByLabel("La personne a reçu cette information").CheckAsync();
    }
}
