using Microsoft.Playwright;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class CaseloadBrowserTests
{
    [Fact]
    public async Task A_referent_opens_their_caseload_from_the_home_page_and_filters_it_with_the_keyboard()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent, email: "referente@plie.test");
        var today = DateOnly.FromDateTime(DateTime.Now);
        for (var i = 0; i < 20; i++)
        {
            var n = i;
            await new PersonBuilder(user.OrganisationId).WithEvents(_ => Journey(today, n)).SaveAsync(session.Database);
        }

        var page = await session.LoginAsync(user.Email!, Seed.Password);
        await page.GetByRole(AriaRole.Link, new() { Name = "Personnes que j'accompagne" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personnes que j'accompagne");
        await Assertions.Expect(page.Locator(".caseload-summary")).ToContainTextAsync("20 personnes");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "parcours");

        await page.GetByLabel("Alerte").SelectOptionAsync("interview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("table.caseload tbody tr").First).ToContainTextAsync("Entretien en retard");
        Assert.Contains("alerte=interview", page.Url, StringComparison.Ordinal);
        await AxeAssert.NoViolationsAsync(page);
    }

    // Varied pathways: up to date, late interviews, in training, employed, suspended, near the maximum.
    private static List<JourneyEvent> Journey(DateOnly today, int n)
    {
        var integration = today.AddMonths(-(2 + n % 23));
        List<JourneyEvent> events =
        [
            new ReferralEvent { Date = integration.AddDays(-30), PrescriberKind = n % 3 == 0 ? "departement" : "france_travail", Channel = "flow" },
            new IntegrationEvent { Date = integration, Referent = "referente@plie.test" },
            new ContactEvent { Date = today.AddDays(-(5 + n * 4)), Mode = n % 4 == 1 ? "phone" : "individual" },
        ];
        if (n % 5 == 2) events.Add(new TrainingEvent { Date = today.AddMonths(-1), Qualifying = n % 2 == 0 });
        if (n % 5 == 3) events.Add(new ContractEvent { Date = today.AddMonths(-5).AddDays(n), Kind = "cdi", WeeklyHours = 35 });
        if (n % 7 == 4) events.Add(new SuspensionEvent { Date = today.AddDays(-20), Reason = "health" });
        return events;
    }
}
