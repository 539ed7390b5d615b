using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Demo;

namespace Passerelle.Tests.EndToEnd;

/// <summary>The steering figures (issue 4 item 6) on the demo PLIE: reached from the home page, filtered with the keyboard, accessible.</summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class PathwayStatisticsBrowserTests
{
    [Fact]
    public async Task A_coordinator_reads_the_figures_of_the_demo_plie_chooses_a_referent_and_opens_the_people_behind_a_figure()
    {
        await using var session = await BrowserSession.StartAsync();
        await using (var scope = session.Database.SystemScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        var page = await session.LoginAsync("coordinatrice@demo.passerelle.local", DemoSeeder.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Pilotage des parcours" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pilotage des parcours");
        await Assertions.Expect(page.Locator("svg[role=img]").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "pilotage-parcours");
        foreach (var section in new[] { "durees", "etapes", "freins", "sorties", "justificatifs", "demandes", "referents", "orientations" })
            await page.Locator($"section[aria-labelledby={section}]").ScreenshotAsync(new() { Path = $"{BrowserSession.ScreenshotFolder}/pilotage-{section}.png" });

        await page.GetByLabel("Référent·e", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.Contains("referent=", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator(".pilotage-scope")).ToContainTextAsync("parcours de");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "pilotage-parcours-referent");

        await page.Locator("section[aria-labelledby=sorties] table a").First.ClickAsync();
        await Assertions.Expect(page.Locator(".people-behind a").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);

        // The activity report (issue 6 item 4) of the demo year, on screen and as printed.
        await page.GotoAsync(session.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapport d'activité" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Rapport d'activité");
        await Assertions.Expect(page.Locator("#graphe-public-title")).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "pilotage-activite");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("form.pilotage-filters")).ToBeHiddenAsync();
        await session.ScreenshotAsync(page, "pilotage-activite-impression");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // The protocol objectives (issue 6 item 5).
        await page.GotoAsync(session.Url("/"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Objectifs du protocole" }).ClickAsync();
        await Assertions.Expect(page.Locator(".objective").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "pilotage-objectifs");
    }
}
