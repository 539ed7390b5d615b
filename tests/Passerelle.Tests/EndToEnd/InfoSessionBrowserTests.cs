using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 3 item 3 in a browser: a coordinator programs an information collective, convokes three referred people, takes
/// attendance with the keyboard only (Tab, Space, arrows, Enter) and finds the absences to report to France Travail.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class InfoSessionBrowserTests
{
    [Fact]
    public async Task A_coordinator_convokes_people_and_takes_attendance_with_the_keyboard_only()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Coordinator);
        foreach (var (first, last) in new[] { ("Awa", "Diallo"), ("Karim", "Benali"), ("Inès", "Moreau") })
            await new PersonBuilder(user.OrganisationId).Named(first, last).SaveAsync(session.Database);
        var page = await session.LoginAsync(user.Email!, Seed.Password);

        await page.GetByRole(AriaRole.Link, new() { Name = "Informations collectives" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Programmer une information collective" }).ClickAsync();
        await page.GetByLabel("Date").FillAsync("2025-09-25");
        await page.GetByLabel("Heure de début").FillAsync("14:00");
        await page.GetByLabel("Lieu").FillAsync("Agence France Travail d'Antibes");
        await page.GetByLabel("Co-animée France Travail / PLIE").CheckAsync();
        await page.GetByLabel("Capacité (places)").FillAsync("3");
        await AxeAssert.NoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Programmer" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Information collective IC-2025-001");

        foreach (var name in new[] { "diallo", "benali", "moreau" })
        {
            // The search field has the focus after each convocation: type, Enter, then the Convoquer button.
            await page.Keyboard.TypeAsync(name);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator("table.candidates")).ToBeVisibleAsync();
            if (name == "diallo") await AxeAssert.NoViolationsAsync(page);
            await page.Locator("table.candidates button").First.ClickAsync();
            await Assertions.Expect(page.Locator(".alert-success[role=status]")).ToContainTextAsync("enregistrée");
        }
        await Assertions.Expect(page.GetByRole(AriaRole.Note)).ToContainTextAsync("Capacité atteinte : 3 convoquées sur 3 places (complet).");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "ic-seance");

        await page.GetByRole(AriaRole.Link, new() { Name = "Saisir la présence" }).ClickAsync();
        await AxeAssert.NoViolationsAsync(page);
        // The first person's « présent·e » has the focus: Space; Tab, → (absent·e); Tab, → → (excusé·e); Tab to the button, Enter.
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await session.ScreenshotAsync(page, "ic-presence");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la présence" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator(".alert-success[role=status]")).ToHaveTextAsync("Présence enregistrée : 1 présent·e, 1 absent·e, 1 excusé·e.");
        await Assertions.Expect(page.Locator("table.convocations tbody tr td:nth-child(4)")).ToHaveTextAsync(["Présent·e", "Absent·e", "Excusé·e"]);
        await using (var scope = session.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var facts = await db.JourneyEvents.IgnoreQueryFilters().OfType<InfoSessionEvent>().OrderBy(e => e.Attended).ToListAsync();
            Assert.Equal([false, false, true], facts.Select(f => f.Attended));
            Assert.All(facts, f => Assert.Equal((new DateOnly(2025, 9, 25), "joint"), (f.Date, f.Organiser)));
        }

        await page.GotoAsync(session.Url("/Informations/Absences?du=2025-09-01&au=2025-09-30"));
        await Assertions.Expect(page.Locator("table.absences tbody tr")).ToHaveCountAsync(2);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "ic-absences");
        // The list: a coming session with its fill level, a recent one whose attendance is still to be taken.
        var today = DateOnly.FromDateTime(DateTime.Today);
        await using (var scope = await session.Database.UserScopeAsync(user))
        {
            var sessions = scope.ServiceProvider.GetRequiredService<InfoSessionService>();
            var convocations = scope.ServiceProvider.GetRequiredService<ConvocationService>();
            var people = await scope.ServiceProvider.GetRequiredService<PersonReader>().SearchAsync(new PersonSearch(Name: "diallo"));
            var coming = await sessions.CreateAsync(new SessionInput(today.AddDays(7), new(9, 30), "Maison des services au public", "plie", 25));
            var recent = await sessions.CreateAsync(new SessionInput(today.AddDays(-10), new(14, 0), "Agence France Travail d'Antibes", "france_travail", 30));
            await convocations.ConvokeAsync(coming.Id!.Value, people[0].Id);
            await convocations.ConvokeAsync(recent.Id!.Value, people[0].Id);
        }
        await page.GotoAsync(session.Url("/Informations"));
        await Assertions.Expect(page.Locator("#a-venir ~ table tbody tr")).ToContainTextAsync("1 convoquée sur 25 places (24 libres)");
        await Assertions.Expect(page.Locator("#passees ~ table tbody tr")).ToContainTextAsync("Présence à saisir (1)");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "ic-liste");
    }
}
