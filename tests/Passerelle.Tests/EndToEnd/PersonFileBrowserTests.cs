using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Journeys;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// The participant file on the demo data (what a fresh clone shows): the person with the most facts, in sections and as
/// a timeline, and a person who left in employment with proofs missing. Axe on each view, screenshots to look at.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class PersonFileBrowserTests
{
    [Fact]
    public async Task The_demo_files_read_in_sections_and_as_a_timeline_and_show_the_proofs_of_an_exit()
    {
        await using var session = await BrowserSession.StartAsync();
        await using (var scope = session.Database.SystemScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        Guid busiest, exited, waiting;
        await using (var scope = session.Database.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            busiest = (await db.JourneyEvents.GroupBy(e => e.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
                .OrderByDescending(g => g.Count).First().Key;
            exited = (await db.JourneyEvents.OfType<ExitEvent>().Where(x => x.Reason == "employment").ToListAsync())
                .OrderByDescending(x => x.Date).First(x => x.Proofs.Count < 2).PersonId;
            // In pathway, with a request waiting for France Travail's answer and barriers still open: the row forms.
            var gone = await db.JourneyEvents.OfType<ExitEvent>().Select(x => x.PersonId).ToListAsync();
            var open = await db.JourneyEvents.OfType<BarrierEvent>().Where(b => b.End == null).Select(b => b.PersonId).ToListAsync();
            waiting = (await db.JourneyEvents.OfType<RequestEvent>().Where(r => r.Outcome == null).Select(r => r.PersonId).ToListAsync())
                .Where(id => !gone.Contains(id)).OrderByDescending(id => open.Count(o => o == id)).First();
        }

        var page = await session.LoginAsync("referente@demo.passerelle.local", DemoSeeder.Password);
        await page.GotoAsync(session.Url($"/Personnes/{busiest}"));
        await Assertions.Expect(page.Locator("#freins")).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "demo-fiche-rubriques");

        await page.GetByRole(AriaRole.Link, new() { Name = "Chronologie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chronologie", Level = 2 })).ToBeVisibleAsync();
        Assert.True(await page.Locator(".timeline-fact").CountAsync() > 15);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "demo-fiche-chronologie");

        await page.GotoAsync(session.Url($"/Personnes/{exited}"));
        await Assertions.Expect(page.Locator("#sortie")).ToContainTextAsync("Emploi CDI ou CDD");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "demo-fiche-sortie");

        await page.GotoAsync(session.Url($"/Personnes/{waiting}"));
        await Assertions.Expect(page.Locator("table.requests select").First).ToBeVisibleAsync();
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "demo-fiche-en-parcours");
    }
}
