using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Conventions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;
using Passerelle.Tests.Tracking;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 5 in a browser, on 3 April 2026: the coordinator's home page reminds March's tracking table (due before the 7th,
/// 000 art. 3-4 b); the coordinator produces it, sees the passphrase once and the table in the register, downloads the
/// zip (7-Zip opens it with that passphrase), and the reminder is gone. axe finds no WCAG 2.1 AA violation on the way.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class TrackingBrowserTests
{
    [Fact]
    public async Task The_coordinator_produces_March_table_sees_it_in_the_register_and_the_deadline_alert_clears()
    {
        await using var session = await BrowserSession.StartAsync(new FixedClock(new DateOnly(2026, 4, 3)));
        var coordinator = await session.UserAsync(Role.Coordinator);
        var agency = await Seed.OrganisationAsync(session.Database, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        await using (var scope = await session.Database.UserScopeAsync(coordinator))
        {
            var input = TrackingTest.ConventionInput(agency.Id) with { StartsOn = new DateOnly(2026, 3, 1) };
            Assert.True((await scope.ServiceProvider.GetRequiredService<ConventionService>().SaveAsync(null, input))!.Succeeded);
        }
        foreach (var day in new[] { 2, 9, 16 })
            await new PersonBuilder(coordinator.OrganisationId).WithEvents(_ =>
                [new ReferralEvent { Date = new(2026, 3, day), PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" }]).SaveAsync(session.Database);

        var page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        var reminder = page.Locator(".rappel-tableaux");
        await Assertions.Expect(reminder).ToContainTextAsync("Tableau de suivi de mars 2026 pour FT-ANTIBES : à transmettre avant le 07/04/2026.");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "suivi-accueil");

        await reminder.GetByRole(AriaRole.Link, new() { Name = "Tableaux de suivi pour France Travail" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tableaux de suivi France Travail");
        await Assertions.Expect(page.GetByLabel("Mois")).ToHaveValueAsync("2026-03");
        await AxeAssert.NoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Produire le tableau chiffré" }).ClickAsync();

        await Assertions.Expect(page.Locator(".tableau-produit h2")).ToHaveTextAsync("Tableau de mars 2026 produit : 3 lignes");
        var passphrase = await page.Locator("#phrase-de-passe").InnerTextAsync();
        var line = page.Locator(".registre tr[data-month='2026-03']");
        await Assertions.Expect(line).ToContainTextAsync("FT-ANTIBES");
        await Assertions.Expect(line.Locator("td.text-end")).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator(".echeances")).ToHaveCountAsync(0);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "suivi-tableaux");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Télécharger le fichier chiffré (tableau-de-suivi-casa-ft-antibes-2026-03.zip)" }).ClickAsync());
        var (opened, folder) = await TrackingFileReader.ExtractAsync(await File.ReadAllBytesAsync((await download.PathAsync())!), passphrase);
        Assert.Equal(0, opened);
        Assert.Equal(4, TrackingFileReader.ReadXlsx(Directory.GetFiles(folder, "*.xlsx").Single()).Count);

        await page.GotoAsync(session.Url("/"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Bonjour");
        await Assertions.Expect(page.Locator(".rappel-tableaux")).ToHaveCountAsync(0);

        await page.GotoAsync(session.Url("/Conventions"));
        await Assertions.Expect(page.Locator("table.conventions")).ToContainTextAsync("France Travail Antibes");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "conventions");
        await page.Locator("table.conventions").GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Modifier la convention");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "convention-edition");
    }
}
