using Microsoft.Playwright;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 4's acceptance browser test: a referent logs in, opens their caseload, opens a person from it, records a contact
/// with the keyboard and a contract, records a positive exit with its verdict shown before saving, sees the missing-proof
/// alert on the file and on the caseload, records the proof, and the alert is gone. Axe on every page visited.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class RecordingBrowserTests
{
    private const string Referent = "referente@plie.test";

    [Fact]
    public async Task A_referent_records_a_contact_a_contract_and_a_positive_exit_then_the_missing_proof_until_the_alert_is_gone()
    {
        await using var session = await BrowserSession.StartAsync();
        var user = await session.UserAsync(Role.Referent, email: Referent);
        await new PersonBuilder(user.OrganisationId).Named("Awa", "Diallo").WithEvents(d =>
        [
            new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
            new FirstContactEvent { Date = d.AddDays(7), Mode = "individual", Attended = true },
            new IntegrationEvent { Date = d.AddDays(21), Referent = Referent },
            new StepEvent { Date = d.AddDays(30), Kind = "workshop" },
        ]).SaveAsync(session.Database);
        for (var i = 0; i < 3; i++) await new PersonBuilder(user.OrganisationId).SaveAsync(session.Database);

        // The real login form, then the caseload from the main navigation.
        var page = await session.LoginAsync(user.Email!, Seed.Password);
        await OpenCaseloadAsync(page);
        var caseloadRow = page.Locator("table.caseload tbody tr", new() { HasText = "DIALLO Awa" });
        await Assertions.Expect(caseloadRow).ToHaveCountAsync(1);
        await caseloadRow.GetByRole(AriaRole.Link, new() { Name = "DIALLO Awa" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("DIALLO Awa");
        await AxeAssert.NoViolationsAsync(page);

        // A contact with the keyboard: the access key reaches the mode, a letter picks it, Tab to the date (today), Enter.
        var mode = page.GetByLabel("Modalité");
        await mode.FocusAsync();
        await page.Keyboard.PressAsync("t");
        await Assertions.Expect(mode).ToHaveValueAsync("phone");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Contact enregistré.");
        await Assertions.Expect(page.Locator("table.contacts tr.fact-new")).ToContainTextAsync("Téléphone");
        await AxeAssert.NoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Contrat", Exact = true }).ClickAsync();
        await page.GetByLabel("Contrat", new() { Exact = true }).SelectOptionAsync("cdd");
        var start = DateOnly.FromDateTime(DateTime.Today).AddMonths(-7);
        await page.GetByLabel("Début").FillAsync(start.ToString("yyyy-MM-dd"));
        await page.GetByLabel("Fin (si connue)").FillAsync(start.AddMonths(6).AddDays(-1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Heures / semaine").FillAsync("24,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Contrat enregistré.");
        await Assertions.Expect(page.Locator("table.contracts tr.fact-new")).ToContainTextAsync("CDD");
        // A CDD of 6 months is durable employment: its 6-month follow-up is over, the exit is due.
        await Assertions.Expect(page.Locator("section.follow-up")).ToContainTextAsync("Le suivi est terminé");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche-saisie");

        // The exit, with the protocol's verdict shown before anything is saved.
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
        await Assertions.Expect(page.Locator(".summary .status")).ToContainTextAsync("Sorti·e le");
        var fileAlert = page.Locator(".file-alerts li[data-alert=proofs_missing]");
        await Assertions.Expect(fileAlert).ToContainTextAsync("Justificatifs manquants pour la sortie");
        await Assertions.Expect(page.Locator("#sortie tr.proof-missing")).ToContainTextAsync("Bulletins de salaire");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche-sortie");

        // The same alert on the caseload, for the months proofs are chased.
        await OpenCaseloadAsync(page);
        await Assertions.Expect(caseloadRow.Locator("td.alerts")).ToContainTextAsync("Justificatifs manquants");
        await session.ScreenshotAsync(page, "parcours-justificatifs");

        // The payslips come in: recorded on the file, the alert clears there and on the caseload.
        await caseloadRow.GetByRole(AriaRole.Link, new() { Name = "DIALLO Awa" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Marquer comme reçu : Bulletins de salaire" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Justificatif reçu : bulletins de salaire.");
        await Assertions.Expect(fileAlert).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#sortie .verdict")).ToHaveAttributeAsync("data-proofs", "complete");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "fiche-justificatif-recu");

        await OpenCaseloadAsync(page);
        await Assertions.Expect(page.Locator("td.alerts .badge", new() { HasText = "Justificatifs manquants" })).ToHaveCountAsync(0);
    }

    private static async Task OpenCaseloadAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })
            .GetByRole(AriaRole.Link, new() { Name = "Parcours", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personnes que j'accompagne");
        await AxeAssert.NoViolationsAsync(page);
    }
}
