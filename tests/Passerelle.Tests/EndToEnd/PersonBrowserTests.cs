using Microsoft.Playwright;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class PersonBrowserTests
{
    [Fact]
    public async Task A_referent_sees_their_figures_finds_a_person_and_reads_the_journey()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent, email: "referente@plie.test");
        var plieId = user.OrganisationId;
        await new PersonBuilder(plieId).Named("Éloïse", "Martin-Durand").BornOn(new DateOnly(1984, 5, 17)).SaveAsync(session.Database);
        for (var i = 0; i < 5; i++) await new PersonBuilder(plieId).SaveAsync(session.Database);

        var page = await session.LoginAsync(user.Email!, Seed.Password);
        await Assertions.Expect(page.GetByText("Personnes que j'accompagne")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "accueil-referente");

        await page.GetByRole(AriaRole.Link, new() { Name = "Personnes", Exact = true }).ClickAsync();
        await page.GetByLabel("Nom et/ou prénom").FillAsync("eloise martin");
        await page.GetByLabel("Nom et/ou prénom").PressAsync("Enter");
        // "prénom nom", without accents: each word begins a word of the name.
        var result = page.GetByRole(AriaRole.Link, new() { Name = "MARTIN-DURAND" });
        await Assertions.Expect(result).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "recherche");

        await result.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Éloïse");
        await Assertions.Expect(page.GetByText(Codes.EventTypes["integration"]).First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche");
    }
}
