using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// What a prescriber reads of the PLIE: the people its organisation referred and their status, its own fiches (printable,
/// DOCX with the notice of 000 data convention art. 4.1), nothing of another organisation's, every read audited.
/// </summary>
public class ReferralReaderTests : DatabaseTest
{
    private async Task<(Organisation Casa, AppUser Antibes, AppUser Nice)> ArrangeAsync()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-NICE");
        return (casa, await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor), await Seed.UserAsync(Db, "FT-NICE", Role.FtCounsellor));
    }

    private async Task<T> AsAsync<T>(AppUser user, Func<IServiceProvider, Task<T>> act)
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await act(scope.ServiceProvider);
    }

    [Fact]
    public async Task The_list_holds_the_people_of_the_organisation_only_with_their_status_and_is_audited()
    {
        var (casa, antibes, _) = await ArrangeAsync();
        // Referrals imported from the former software count too: their prescriberOrg is the agency's code.
        var integrated = await new PersonBuilder(casa.Id).Named("Awa", "Diallo").SaveAsync(Db);
        var refused = await new PersonBuilder(casa.Id).Named("Karim", "Benali").WithEvents(d =>
        [
            new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "info_session" },
            new RefusalEvent { Date = d.AddDays(12), Reason = "training" },
        ]).SaveAsync(Db);
        await new PersonBuilder(casa.Id).Named("Zoé", "Niçoise").WithEvents(d =>
            [new ReferralEvent { Date = d, PrescriberKind = "france_travail", PrescriberOrg = "FT-NICE", Channel = "flow" }]).SaveAsync(Db);

        var list = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralReader>().ListAsync(null));

        Assert.Equal(["Benali", "Diallo"], list.Select(l => l.LastName).Order());
        Assert.Equal(ReferralStage.Integrated, list.Single(l => l.LastName == "Diallo").Status.Stage);
        var refusal = list.Single(l => l.LastName == "Benali");
        Assert.Equal((ReferralStage.Refused, "training"), (refusal.Status.Stage, refusal.Status.RefusalReason));
        Assert.All(list, l => Assert.Equal("PLIE casa", l.PlieName));
        Assert.All(list, l => Assert.False(l.HasSheet));
        await using var scope = Db.SystemScope();
        var lines = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.Where(a => a.Action == "referral.list").ToListAsync();
        Assert.Equal(new[] { integrated.Id.ToString(), refused.Id.ToString() }.Order(), lines.Select(l => l.RecordId).Order());
    }

    [Fact]
    public async Task A_fiche_is_read_by_its_organisation_only_and_another_answers_like_a_missing_one()
    {
        var (_, antibes, nice) = await ArrangeAsync();
        var sent = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralService>().ReferAsync(Fiches.Awa()));

        var own = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralReader>().SheetAsync(sent.ReferralId!.Value, "html"));
        var foreign = await AsAsync(nice, sp => sp.GetRequiredService<ReferralReader>().SheetAsync(sent.ReferralId!.Value, "html"));
        var missing = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralReader>().SheetAsync(Guid.NewGuid(), "html"));
        var niceList = await AsAsync(nice, sp => sp.GetRequiredService<ReferralReader>().ListAsync(null));

        Assert.NotNull(own);
        Assert.Equal(("Diallo", "06004", "Antibes"), (own.LastName, own.CommuneInsee, own.CommuneName));
        Assert.Null(foreign);
        Assert.Null(missing);
        Assert.Empty(niceList);
    }

    [Fact]
    public async Task The_fiche_shows_what_was_sent_not_what_the_PLIE_recorded_since()
    {
        var (_, antibes, _) = await ArrangeAsync();
        var sent = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralService>().ReferAsync(Fiches.Awa()));
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var person = await db.Persons.SingleAsync(p => p.Id == sent.PersonId);
            person.Situation.Rqth = true;
            await db.SaveChangesAsync();
        }

        var sheet = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralReader>().SheetAsync(sent.ReferralId!.Value, "html"));

        Assert.False(sheet!.Situation.Rqth);
        Assert.True(sheet.Situation.Rsa);
    }

    [Fact]
    public async Task The_DOCX_opens_validates_and_carries_the_coded_values_and_the_notice_of_the_PLIE_convention()
    {
        var (_, antibes, _) = await ArrangeAsync();
        var sent = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralService>().ReferAsync(Fiches.Awa() with { Channel = "info_session" }));
        var sheet = await AsAsync(antibes, sp => sp.GetRequiredService<ReferralReader>().SheetAsync(sent.ReferralId!.Value, "docx"));

        var bytes = ReferralDocx.Build(sheet!);

        using var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(doc));
        var text = string.Join("\n", doc.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        foreach (var code in new[] { "france_travail", "FT-ANTIBES", "info_session", "06004", "1234567A", "rsa=true", "longTermUnemployed=true", "aah=false", "educationLevel=3", "F" })
            Assert.Contains(code, text, StringComparison.Ordinal);
        Assert.Contains("Diallo", text, StringComparison.Ordinal);
        Assert.Contains("Information de la personne sur ses données personnelles", text, StringComparison.Ordinal);
        // 000 data convention art. 4.2, the CASA preset's retention.
        Assert.Contains("au plus tard 10 ans après la fin de la convention", text, StringComparison.Ordinal);
        Assert.Contains("dans un délai d'un mois", text, StringComparison.Ordinal);
        await using var scope = Db.SystemScope();
        var line = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.SingleAsync(a => a.Action == "referral.read");
        Assert.Contains("docx", line.Detail!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cov-2020-2022", "et au plus tard 2 mois après la fin de la convention")]
    [InlineData("martigues-2023-2027", "et au plus tard 6 mois après la fin de la convention")]
    public async Task The_notice_states_the_retention_of_the_PLIE_convention(string preset, string retention)
    {
        await Seed.PlieAsync(Db, "plie", preset);
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-X");
        var counsellor = await Seed.UserAsync(Db, "FT-X", Role.FtCounsellor);

        var notice = await AsAsync(counsellor, sp => sp.GetRequiredService<ReferralReader>().NoticeAsync("plie", "France Travail X", "france_travail", new(2026, 1, 1)));

        Assert.Contains("Si vous n'intégrez pas le PLIE, vos données sont détruites.", notice!.Paragraphs[2], StringComparison.Ordinal);
        Assert.Contains(retention, notice.Paragraphs[2], StringComparison.Ordinal);
    }
}
