using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Reporting;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>The Bilan quantitatif page (issue 6 item 1) on the acceptance dataset: reached from the menu, filtered with the keyboard, accessible, printable.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class BilanBrowserTests
{
    [Fact]
    public async Task A_coordinator_reads_the_bilan_chooses_an_agency_and_opens_the_people_behind_a_figure()
    {
        await using var session = await BrowserSession.StartAsync();
        await BilanDataset.ImportAsync(session.Database, "casa");
        var coordinator = await Seed.UserAsync(session.Database, "casa", Role.Coordinator);

        var page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Pilotage" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Bilan quantitatif" }).ClickAsync();
        await page.GetByLabel("Année", new() { Exact = true }).SelectOptionAsync("2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bilan quantitatif 2025");
        await Assertions.Expect(page.Locator(".chart-cell svg[role=img]").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-quantitatif");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await session.ScreenshotAsync(page, "bilan-quantitatif-impression");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GetByLabel("Agence France Travail").SelectOptionAsync("FT-GRASSE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
        await page.WaitForURLAsync(u => u.Contains("agence=FT-GRASSE", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".bilan-table thead th").Nth(2)).ToHaveTextAsync("Agence FT-GRASSE");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-quantitatif-agence");

        await page.Locator("td[data-col=col7] a").ClickAsync();
        await Assertions.Expect(page.Locator(".people-behind li")).ToHaveCountAsync(3);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "bilan-quantitatif-personnes");
    }
}
