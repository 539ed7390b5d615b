using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Commission;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.Referrals;
using Passerelle.Tests.TestSupport;
using Passerelle.Tests.Tracking;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// Issue 5 items 3-5 in a browser, on 15 June 2026: the coordinator drops France Travail's PNI list and reads the differences
/// with their actions, then a malformed list and its report; reads the yearly state of requests; the agency's correspondent,
/// whose convention opens online access, finds the table sent and the session's minutes. axe finds no WCAG 2.1 AA violation.
/// </summary>
[Trait("Category", "Browser")]
[Collection(BrowserCollection.Name)]
public class ExchangeBrowserTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public async Task The_coordinator_reconciles_the_PNI_list_reads_the_request_state_and_the_correspondent_downloads_the_documents()
    {
        await using var session = await BrowserSession.StartAsync(new FixedClock(Today));
        var coordinator = await session.UserAsync(Role.Coordinator);
        var plie = coordinator.OrganisationId;
        var agency = await Seed.OrganisationAsync(session.Database, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        Guid conventionId;
        await using (var scope = await session.Database.UserScopeAsync(coordinator))
            conventionId = (await scope.ServiceProvider.GetRequiredService<ConventionService>().SaveAsync(null, TrackingTest.ConventionInput(agency.Id) with { CorrespondentAccess = true }))!.Id!.Value;
        ReferralEvent Referral(DateOnly on) => new() { Date = on, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" };
        var missing = await new PersonBuilder(plie).Named("Apolline", "Maisonnée").WithFranceTravailId("1000004A")
            .WithEvents(_ => [Referral(new(2026, 1, 5)), new IntegrationEvent { Date = new(2026, 2, 1), Referent = "referente@casa.test" },
                new RequestEvent { Date = new(2026, 2, 10), Kind = "afc", Outcome = "realised", OutcomeDate = new(2026, 3, 1) },
                new RequestEvent { Date = new(2026, 4, 10), Kind = "mobility" }]).SaveAsync(session.Database);
        await new PersonBuilder(plie).Named("Karim", "Dubois").WithFranceTravailId("1000003A")
            .WithEvents(_ => [Referral(new(2025, 2, 1)), new IntegrationEvent { Date = new(2025, 3, 1), Referent = "referente@casa.test" },
                new ExitEvent { Date = new(2026, 4, 30), Reason = "employment" },
                new RequestEvent { Date = new(2026, 1, 15), Kind = "afc", Outcome = "refused", OutcomeDate = new(2026, 1, 30) }]).SaveAsync(session.Database);
        await using (var scope = session.Database.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            db.TrackingDispatches.Add(new TrackingDispatch
            {
                PlieId = plie,
                ConventionId = conventionId,
                Month = new(2026, 5, 1),
                PartnerCode = "FT-ANTIBES",
                ProducedAt = DateTime.UtcNow,
                Channel = "web",
                Rows = 2,
                Sha256 = new string('b', 64),
                FileName = "tableau-de-suivi-casa-ft-antibes-2026-05.zip",
                Content = [1, 2, 3],
            });
            var s = new CommissionSession { PlieId = plie, Date = new(2026, 6, 10), Kind = "adhoc", CreatedAt = DateTime.UtcNow };
            s.Items.Add(new CommissionItem { PlieId = plie, SessionId = s.Id, PersonId = missing.Id, Kind = CommissionCodes.Integration, ProposedAt = DateTime.UtcNow, Decision = CommissionCodes.Integrate, Referent = "referente@casa.test" });
            db.CommissionSessions.Add(s);
            await db.SaveChangesAsync();
        }
        var folder = Directory.CreateTempSubdirectory("pni-").FullName;
        var good = Path.Combine(folder, "liste-pni.xlsx");
        await File.WriteAllBytesAsync(good, Xlsx.Build([["Identifiant Pôle emploi", "Agence", "Date début délégation PNI", "Date fin délégation PNI"],
            ["1000003A", "FT-ANTIBES", "01/03/2025", "01/03/2027"], ["9999999Z", "FT-ANTIBES", "01/05/2026", ""]]).ToArray());
        var bad = Path.Combine(folder, "liste-abimee.xlsx");
        await File.WriteAllBytesAsync(bad, Xlsx.Build([["IDE", "Agence", "Début PNI"], ["=1+1", "FT-ATLANTIS", "31/02/2026"]]).ToArray());

        var page = await session.LoginAsync(coordinator.Email!, Seed.Password);
        await page.GotoAsync(session.Url("/Conventions"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Rapprochement PNI" }).ClickAsync();
        await page.GetByLabel("Liste des personnes suivies en délégation PNI (classeur Excel .xlsx)").SetInputFilesAsync(good);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapprocher la liste des parcours" }).ClickAsync();
        await Assertions.Expect(page.Locator("#resultat-titre")).ToHaveTextAsync("Rapprochement du 15/06/2026 : 3 écarts");
        await Assertions.Expect(page.Locator("section.ecart")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("section.ecart[data-kind=missing_pni]")).ToContainTextAsync("MAISONNÉE Apolline");
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "rapprochement");

        await page.GetByLabel("Liste des personnes suivies en délégation PNI (classeur Excel .xlsx)").SetInputFilesAsync(bad);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rapprocher la liste des parcours" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rapport-titre")).ToContainTextAsync("est refusée : rien n'a été enregistré");
        await Assertions.Expect(page.Locator("table.historique tbody tr")).ToHaveCountAsync(1);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "rapprochement-refus");

        await page.GotoAsync(session.Url("/Conventions/Demandes"));
        await Assertions.Expect(page.Locator("table.etat-demandes tr[data-kind=total] td")).ToHaveTextAsync(["3", "1", "1", "1"]);
        await AxeAssert.NoViolationsAsync(page);
        await session.ScreenshotAsync(page, "etat-demandes");

        var correspondent = await Seed.UserAsync(session.Database, "FT-ANTIBES", Role.FtCorrespondent);
        await page.Context.ClearCookiesAsync();
        var other = await session.LoginAsync(correspondent.Email!, Seed.Password);
        await other.GetByRole(AriaRole.Link, new() { Name = "Tableaux et procès-verbaux" }).First.ClickAsync();
        await Assertions.Expect(other.Locator("table.tableaux tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(other.Locator("table.proces-verbaux tbody tr")).ToContainTextAsync("10/06/2026");
        await AxeAssert.NoViolationsAsync(other);
        await session.ScreenshotAsync(other, "correspondant");
    }
}
