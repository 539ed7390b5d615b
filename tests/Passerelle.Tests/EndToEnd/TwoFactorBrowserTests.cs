using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class TwoFactorBrowserTests
{
    [Fact]
    public async Task A_person_enrols_in_two_factor_and_then_logs_in_with_a_code()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent);
        var page = await session.LoginAsync(user.Email!, Seed.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = user.DisplayName }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sécurité du compte");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "securite");

        await page.GetByRole(AriaRole.Link, new() { Name = "Activer la double authentification" }).ClickAsync();
        var key = await page.Locator("#cle-partagee").InnerTextAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "activer-2fa");
        await page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier et activer" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Vos codes de récupération");
        await Assertions.Expect(page.Locator(".codes-recuperation code")).ToHaveCountAsync(10);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "codes-recuperation");
        await page.GetByRole(AriaRole.Link, new() { Name = "J'ai conservé mes codes" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Activée", new() { Exact = true })).ToBeVisibleAsync();
        await session.ScreenshotAsync(page, "securite-2fa-activee");

        await page.GetByRole(AriaRole.Button, new() { Name = "Se déconnecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Vous êtes déconnecté");
        await page.GetByLabel("Adresse électronique").FillAsync(user.Email!);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(Seed.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Code de vérification");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "connexion-2fa");
        // The next time step: not the code the enrolment used.
        await page.GetByLabel("Code à 6 chiffres").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Valider" }).ClickAsync();

        await page.WaitForURLAsync(session.Url("/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bonjour");
    }
}
