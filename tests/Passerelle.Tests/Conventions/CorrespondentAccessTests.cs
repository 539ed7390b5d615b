using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Commission;
using Passerelle.Core.Conventions;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Tracking;
using Passerelle.Tests.TestSupport;
using Passerelle.Tests.Tracking;

namespace Passerelle.Tests.Conventions;

/// <summary>
/// France Travail correspondent access (issue 5 item 3, optional per convention): the PLIE correspondent of an agency whose
/// convention with a PLIE opens it downloads the tracking tables sent under that convention and the minutes of that PLIE's
/// commissions, and nothing else: no person page, no other PLIE, no other agency's table; downloads audited.
/// </summary>
public class CorrespondentAccessTests : WebTest
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.Now);

    private Organisation casa = null!, cov = null!, antibes = null!, nice = null!;
    private Person person = null!;
    private Guid open, closedNice, closedCov, sessionDecided, sessionEmpty, sessionCov;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        casa = await Seed.PlieAsync(Db, "casa");
        cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        antibes = await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        nice = await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-NICE");
        var casaConventionAntibes = await ConventionAsync("casa", antibes.Id, access: true);
        var casaConventionNice = await ConventionAsync("casa", nice.Id, access: false);
        var covConventionAntibes = await ConventionAsync("cov", antibes.Id, access: false);
        person = await new PersonBuilder(casa.Id).Named("Apolline", "Maisonnée").SaveAsync(Db);
        var covPerson = await new PersonBuilder(cov.Id).Named("Zéphyrine", "Tenantbé").SaveAsync(Db);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        open = Dispatch(db, casa.Id, casaConventionAntibes, "FT-ANTIBES");
        closedNice = Dispatch(db, casa.Id, casaConventionNice, "FT-NICE");
        closedCov = Dispatch(db, cov.Id, covConventionAntibes, "FT-ANTIBES");
        sessionDecided = Session(db, casa.Id, person.Id, CommissionCodes.Integrate);
        sessionEmpty = Session(db, casa.Id, person.Id, null);
        sessionCov = Session(db, cov.Id, covPerson.Id, CommissionCodes.Integrate);
        await db.SaveChangesAsync();
    }

    private async Task<Guid> ConventionAsync(string plie, Guid partner, bool access)
    {
        var coordinator = await Seed.UserAsync(Db, plie, Role.Coordinator);
        await using var scope = await Db.UserScopeAsync(coordinator);
        var input = TrackingTest.ConventionInput(partner) with { StartsOn = Today.AddYears(-1), EndsOn = Today.AddYears(1), ReviewOn = null, CorrespondentAccess = access };
        var outcome = await scope.ServiceProvider.GetRequiredService<ConventionService>().SaveAsync(null, input);
        Assert.True(outcome!.Succeeded, string.Join(" ; ", outcome.Errors));
        return outcome.Id!.Value;
    }

    private static Guid Dispatch(PasserelleDbContext db, Guid plie, Guid convention, string partner)
    {
        var d = new TrackingDispatch
        {
            PlieId = plie,
            ConventionId = convention,
            Month = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1),
            PartnerCode = partner,
            ProducedAt = DateTime.UtcNow,
            Channel = "web",
            Rows = 3,
            Sha256 = new string('a', 64),
            FileName = $"tableau-{partner}.zip",
            Content = [1, 2, 3, (byte)partner.Length],
        };
        db.TrackingDispatches.Add(d);
        return d.Id;
    }

    private static Guid Session(PasserelleDbContext db, Guid plie, Guid personId, string? decision)
    {
        var s = new CommissionSession { PlieId = plie, Date = Today.AddDays(-3), Kind = "adhoc", CreatedAt = DateTime.UtcNow };
        s.Items.Add(new CommissionItem { PlieId = plie, SessionId = s.Id, PersonId = personId, Kind = CommissionCodes.Integration, ProposedAt = DateTime.UtcNow, Decision = decision, Referent = decision is null ? null : "referente@casa.test" });
        db.CommissionSessions.Add(s);
        return s.Id;
    }

    [Fact]
    public async Task The_correspondent_lists_and_downloads_exactly_the_open_convention_s_tables_and_its_PLIE_s_minutes()
    {
        var correspondent = await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCorrespondent);
        var client = ClientFor(correspondent);

        var page = await GetHtmlAsync(client, "/Correspondant");

        var tables = page.QuerySelectorAll("table.tableaux a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Correspondant?handler=Tableau&id={open}"], tables);
        var minutes = page.QuerySelectorAll("table.proces-verbaux a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/Correspondant?handler=ProcesVerbal&id={sessionDecided}"], minutes);
        Assert.DoesNotContain("Tenantbé", page.Body!.TextContent, StringComparison.Ordinal);

        var zip = await client.GetAsync(tables[0]);
        Assert.Equal(HttpStatusCode.OK, zip.StatusCode);
        Assert.Equal(new byte[] { 1, 2, 3, 10 }, await zip.Content.ReadAsByteArrayAsync());
        var docx = await client.GetAsync(minutes[0]);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Contains("MAISONNÉE", Passerelle.Tests.Commission.Docx.Read(await docx.Content.ReadAsByteArrayAsync()).Rows.SelectMany(r => r).Select(c => c.ToUpperInvariant()));

        await using var scope = Db.SystemScope();
        var audit = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.Where(a => a.UserId == correspondent.Id).ToListAsync();
        Assert.Contains(audit, a => a.Action == "correspondent.tracking" && a.RecordId == open.ToString() && a.PlieId == casa.Id);
        Assert.Contains(audit, a => a.Action == "correspondent.minutes" && a.RecordId == sessionDecided.ToString());
        Assert.Contains(audit, a => a.Action == "person.minutes" && a.RecordId == person.Id.ToString());
    }

    [Fact]
    public async Task Everything_else_is_not_found_or_forbidden_to_the_correspondent()
    {
        var client = ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCorrespondent));

        foreach (var url in new[]
        {
            $"/Correspondant?handler=Tableau&id={closedNice}", $"/Correspondant?handler=Tableau&id={closedCov}", $"/Correspondant?handler=Tableau&id={Guid.NewGuid()}",
            $"/Correspondant?handler=ProcesVerbal&id={sessionCov}", $"/Correspondant?handler=ProcesVerbal&id={sessionEmpty}", $"/Correspondant?handler=ProcesVerbal&id={Guid.NewGuid()}",
        })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        foreach (var url in new[]
        {
            $"/Personnes/{person.Id}", $"/Commission/Seance/{sessionDecided}?handler=ProcesVerbal", $"/Conventions/Tableaux?handler=Fichier&id={open}",
            "/Conventions/Tableaux", "/Conventions/Rapprochement", "/Conventions/Demandes", "/Commission", "/Parcours",
        })
        {
            var status = (await client.GetAsync(url)).StatusCode;
            Assert.True(status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound, $"GET {url} answered {(int)status}.");
        }
    }

    [Fact]
    public async Task Another_agency_s_correspondent_and_a_counsellor_get_nothing()
    {
        var niceClient = ClientFor(await Seed.UserAsync(Db, "FT-NICE", Role.FtCorrespondent));
        var counsellor = ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor));

        var page = await GetHtmlAsync(niceClient, "/Correspondant");

        Assert.NotNull(page.QuerySelector(".empty-state"));
        Assert.Null(page.QuerySelector("table.tableaux"));
        Assert.Equal(HttpStatusCode.NotFound, (await niceClient.GetAsync($"/Correspondant?handler=Tableau&id={closedNice}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await niceClient.GetAsync($"/Correspondant?handler=ProcesVerbal&id={sessionDecided}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync("/Correspondant")).StatusCode);
    }

    [Fact]
    public async Task Online_access_is_refused_on_a_convention_with_a_Departement()
    {
        var departement = await Seed.OrganisationAsync(Db, OrganisationKind.Departement, "CD06");
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        await using var scope = await Db.UserScopeAsync(coordinator);

        var outcome = await scope.ServiceProvider.GetRequiredService<ConventionService>()
            .SaveAsync(null, TrackingTest.ConventionInput(departement.Id) with { CorrespondentAccess = true });

        Assert.Contains(outcome!.Errors, e => e.Field == "correspondentAccess");
    }
}
