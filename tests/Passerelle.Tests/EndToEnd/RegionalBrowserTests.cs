using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Reporting;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// The regional pilot indicators and the Bilan qualitatif (issue 6 items 2-3) in a real browser: reached from the menu,
/// the questionnaire filled with the keyboard, an error named, accessible (axe), printable.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class RegionalBrowserTests
{
    [Fact]
    public async Task A_director_reads_the_regional_indicators_of_their_carrier()
    {
        await using var session = await BrowserSession.StartAsync();
        await RegionalDataset.SeedAsync(session.Database);
        var director = await Seed.UserAsync(session.Database, "martigues", Role.Director);

        var page = await session.LoginAsync(director.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Pilotage" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bilan quantitatif" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Bilans annuels" }).GetByRole(AriaRole.Link, new() { Name = "Indicateurs régionaux" }).ClickAsync();
        await page.GetByLabel("Année", new() { Exact = true }).SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Indicateurs de pilotage régionaux 2025");
        await Assertions.Expect(page.Locator("#tableau-plie tr[data-plie=martigues]")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "indicateurs-regionaux");

        await page.GetByLabel("Regroupement des PLIE").SelectOptionAsync("porteur");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("regroupement=porteur", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#tableau-plie .group-row th").First).ToHaveTextAsync("Métropole Aix-Marseille-Provence");
        await AxeAssert.NoViolationsAsync(page);
    }

    [Fact]
    public async Task A_coordinator_answers_the_bilan_qualitatif_and_prints_it()
    {
        await using var session = await BrowserSession.StartAsync();
        await RegionalDataset.SeedAsync(session.Database);
        await RegionalDataset.ConventionAsync(session.Database, "casa", "FT-ANTIBES");
        var coordinator = await Seed.UserAsync(session.Database, "casa", Role.Coordinator);

        var page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Pilotage" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bilan quantitatif" }).ClickAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Bilans annuels" }).GetByRole(AriaRole.Link, new() { Name = "Bilan qualitatif" }).ClickAsync();
        await page.GetByLabel("Année", new() { Exact = true }).SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-qualitatif-vide");
        await page.GetByRole(AriaRole.Link, new() { Name = "Répondre" }).ClickAsync();
        await Assertions.Expect(page.Locator("fieldset")).ToHaveCountAsync(8);

        string[] answers = ["tout à fait", "moyen", "pas du tout", "tout à fait", "moyen", "tout à fait", "moyen"];
        for (var q = 1; q <= 7; q++)
            await page.GetByRole(AriaRole.Group, new() { Name = $"Question {q}." }).GetByLabel(answers[q - 1], new() { Exact = true }).CheckAsync();
        await page.Locator("#q2-commentaire").FillAsync("Les orientations arrivent bien, mais les absences au premier accueil restent nombreuses.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réponses" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-danger li")).ToHaveTextAsync("Question 8 : choisissez une réponse (tout à fait, moyen ou pas du tout).");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-qualitatif-questionnaire-erreur");

        await page.Locator(".alert-danger li a").ClickAsync();
        await page.Keyboard.PressAsync("Space");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les réponses" }).ClickAsync();
        await Assertions.Expect(page.Locator(".alert-success")).ToContainTextAsync("Réponses enregistrées");
        await Assertions.Expect(page.Locator(".qualitative-arguments")).ToContainTextAsync("absences au premier accueil");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-qualitatif");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await session.ScreenshotAsync(page, "bilan-qualitatif-impression");
    }
}
