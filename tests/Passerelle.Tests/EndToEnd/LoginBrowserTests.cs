using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class LoginBrowserTests
{
    [Fact]
    public async Task Login_page_is_accessible_refuses_a_wrong_password_and_lands_on_the_home_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent);
        var page = await session.Context.NewPageAsync();

        await page.GotoAsync(session.Url("/Compte/Connexion"));
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "connexion");

        await page.GetByLabel("Adresse électronique").FillAsync(user.Email!);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync("Pas-le-bon-mot-de-passe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Adresse ou mot de passe incorrect");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "connexion-erreur");

        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Seed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(session.Url("/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bonjour");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "accueil");
    }
}
