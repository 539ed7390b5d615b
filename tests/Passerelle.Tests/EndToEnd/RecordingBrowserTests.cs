using Microsoft.Playwright;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>Issue 4's browser test: a referent records a contact with the keyboard, a contract, then a positive exit with its verdict.</summary>
[Trait("Category", "Browser")]
public class RecordingBrowserTests
{
    [Fact]
    public async Task A_referent_records_a_contact_a_contract_and_a_positive_exit_and_sees_the_missing_proofs()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent, email: "referente@plie.test");
        var person = await new PersonBuilder(user.OrganisationId).Named("Awa", "Diallo").WithEvents(d =>
        [
            new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
            new FirstContactEvent { Date = d.AddDays(7), Mode = "individual", Attended = true },
            new IntegrationEvent { Date = d.AddDays(21), Referent = "referente@plie.test" },
            new StepEvent { Date = d.AddDays(30), Kind = "workshop" },
        ]).SaveAsync(session.Database);
        var page = await session.LoginAsync(user.Email!, Seed.Password);
        await page.GotoAsync(session.Url($"/Personnes/{person.Id}"));

        // A contact with the keyboard: the access key reaches the mode, a letter picks it, Tab to the date (today), Enter.
        var mode = page.GetByLabel("Modalité");
        await mode.FocusAsync();
        await page.Keyboard.PressAsync("t");
        await Assertions.Expect(mode).ToHaveValueAsync("phone");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Contact enregistré.");
        await Assertions.Expect(page.Locator("tr.fact-new")).ToContainTextAsync("Téléphone");
        await AxeAssert.NoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Contrat", Exact = true }).ClickAsync();
        await page.GetByLabel("Contrat", new() { Exact = true }).SelectOptionAsync("cdd");
        var start = DateOnly.FromDateTime(DateTime.Today).AddMonths(-7);
        await page.GetByLabel("Début").FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Fin (si connue)").FillAsync(start.AddMonths(6).AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Heures / semaine").FillAsync("24,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Contrat enregistré.");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche-saisie");

        await page.GetByRole(AriaRole.Link, new() { Name = "Enregistrer la sortie…" }).ClickAsync();
        await page.GetByLabel("Motif de sortie").SelectOptionAsync("employment");
        await page.GetByLabel("Contrat de travail").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Vérifier" }).ClickAsync();
        var verdict = page.Locator(".verdict");
        await Assertions.Expect(verdict).ToContainTextAsync("Positive");
        await Assertions.Expect(verdict).ToContainTextAsync("CDI ou CDD de 6 mois et plus, au moins à mi-temps");
        await Assertions.Expect(verdict.Locator(".proofs-missing")).ToHaveTextAsync("Justificatifs manquants");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "sortie-verdict");

        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer la sortie" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Sortie enregistrée : positive");
        await Assertions.Expect(page.Locator("tr.fact-exit .badge.proofs-missing")).ToHaveTextAsync("Justificatifs manquants");
        await Assertions.Expect(page.Locator(".summary .status")).ToContainTextAsync("Sorti·e le");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche-sortie");
    }
}
