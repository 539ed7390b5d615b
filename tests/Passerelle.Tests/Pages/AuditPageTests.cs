using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class AuditPageTests : WebTest
{
    private static List<string> Records(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("table.audit tbody tr td:last-child a").Select(a => a.TextContent).ToList();

    [Fact]
    public async Task A_dpo_of_a_plie_sees_the_lines_of_their_plie_and_not_another_plies()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var personA = await new PersonBuilder(a.Id).SaveAsync(Db);
        var personB = await new PersonBuilder(b.Id).SaveAsync(Db);
        await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "plie-a", Role.Referent)), $"/Personnes/{personA.Id}");
        var referentB = await Seed.UserAsync(Db, "plie-b", Role.Referent);
        await GetHtmlAsync(ClientFor(referentB), $"/Personnes/{personB.Id}");
        var dpoA = ClientFor(await Seed.UserAsync(Db, "plie-a", Role.Dpo));

        var page = await GetHtmlAsync(dpoA, "/Audit");
        var byUser = await GetHtmlAsync(dpoA, $"/Audit?utilisateur={referentB.Id}");

        var records = Records(page);
        Assert.Contains(personA.Id.ToString(), records);
        Assert.DoesNotContain(personB.Id.ToString(), records);
        Assert.DoesNotContain(referentB.Id.ToString(), records);
        Assert.Empty(Records(byUser));
    }

    [Fact]
    public async Task The_platform_dpo_sees_every_plie_and_filters_by_action_and_record()
    {
        var a = await Seed.PlieAsync(Db, "plie-a");
        var b = await Seed.PlieAsync(Db, "plie-b");
        var personA = await new PersonBuilder(a.Id).SaveAsync(Db);
        var personB = await new PersonBuilder(b.Id).SaveAsync(Db);
        var referentA = await Seed.UserAsync(Db, "plie-a", Role.Referent);
        await GetHtmlAsync(ClientFor(referentA), $"/Personnes/{personA.Id}");
        await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "plie-b", Role.Referent)), $"/Personnes/{personB.Id}");
        await Seed.OrganisationAsync(Db, OrganisationKind.Platform, "plateforme");
        var dpo = ClientFor(await Seed.UserAsync(Db, "plateforme", Role.Dpo));

        var reads = await GetHtmlAsync(dpo, "/Audit?action=person.");
        var one = await GetHtmlAsync(dpo, $"/Audit?enregistrement={personB.Id}");

        Assert.Equal(new[] { personA.Id.ToString(), personB.Id.ToString() }.Order(), Records(reads).Order());
        Assert.All(reads.QuerySelectorAll("table.audit tbody code"), c => Assert.Equal("person.read", c.TextContent));
        Assert.Contains(referentA.Email!, reads.QuerySelector("table.audit")!.TextContent);
        Assert.Equal([personB.Id.ToString()], Records(one));
    }

    [Fact]
    public async Task A_persons_id_also_finds_the_caseload_displays_that_listed_them()
    {
        // Who saw person X (docs/audit-events.md, "Listings"): a caseload display is one line naming everyone listed.
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent, "referente@casa.test");
        var listed = await new PersonBuilder(plie.Id).WithEvents(InPathway("referente@casa.test")).SaveAsync(Db);
        var other = await new PersonBuilder(plie.Id).WithEvents(InPathway("autre@casa.test")).SaveAsync(Db);
        await GetHtmlAsync(ClientFor(referent), $"/Personnes/{listed.Id}");
        await GetHtmlAsync(ClientFor(referent), "/Parcours");
        var dpo = ClientFor(await Seed.UserAsync(Db, "casa", Role.Dpo));

        var seen = await GetHtmlAsync(dpo, $"/Audit?enregistrement={listed.Id.ToString().ToUpperInvariant()}");
        var notSeen = await GetHtmlAsync(dpo, $"/Audit?enregistrement={other.Id}");

        Assert.Equal(["person.caseload", "person.read"], seen.QuerySelectorAll("table.audit tbody code").Select(c => c.TextContent));
        Assert.Contains("(1 personne listée)", seen.QuerySelector("table.audit tbody tr")!.TextContent);
        Assert.Null(notSeen.QuerySelector("table.audit"));
    }

    private static Func<DateOnly, List<JourneyEvent>> InPathway(string referent) => referral =>
    [
        new ReferralEvent { Date = referral, PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = referral.AddDays(30), Referent = referent },
    ];

    [Fact]
    public async Task A_wrong_date_filter_is_reported_on_its_field()
    {
        await Seed.PlieAsync(Db, "casa");

        var page = await GetHtmlAsync(ClientFor(await Seed.UserAsync(Db, "casa", Role.Auditor)), "/Audit?du=32%2F01%2F2026");

        Assert.Contains("Du : saisissez une date valide", page.QuerySelector("#du-erreur")!.TextContent);
        Assert.Null(page.QuerySelector("table.audit"));
    }

    [Fact]
    public async Task Verification_says_intact_then_names_the_first_broken_line()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Dpo));

        var intact = await HtmlAsync(await PostFormAsync(client, "/Audit", "Verifier", new Dictionary<string, string>()));
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            await AuditTampering.BypassAppendOnlyAsync(db);
            await db.AuditEvents.Where(e => e.Seq == 3).ExecuteUpdateAsync(s => s.SetProperty(e => e.Action, "organisation.delete"));
        }
        var broken = await HtmlAsync(await PostFormAsync(client, "/Audit", "Verifier", new Dictionary<string, string>()));

        Assert.Contains("Journal intact", intact.QuerySelector(".verification")!.TextContent);
        Assert.Contains("rompue à la ligne 3", broken.QuerySelector(".verification")!.TextContent);
    }

    [Fact]
    public async Task Lines_are_paginated_fifty_at_a_time_newest_first()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var referent = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));
        var person = await new PersonBuilder(plie.Id).SaveAsync(Db);
        for (var i = 0; i < 55; i++) await referent.GetAsync($"/Personnes/{person.Id}");
        var dpo = ClientFor(await Seed.UserAsync(Db, "casa", Role.Dpo));

        var first = await GetHtmlAsync(dpo, "/Audit?action=person.read");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await GetHtmlAsync(dpo, next);

        var seqs = first.QuerySelectorAll("table.audit tbody tr td:first-child").Select(td => long.Parse(td.TextContent)).ToList();
        Assert.Equal(50, seqs.Count);
        Assert.Equal(seqs.OrderDescending(), seqs);
        Assert.Contains("action=person.read", next);
        Assert.Equal(5, second.QuerySelectorAll("table.audit tbody tr").Length);
    }
}
