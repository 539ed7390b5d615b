using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// A prescriber's fiche de liaison (issue 3 item 1; 000 art. 3-4 a): a person and a <c>referral</c> fact in one
/// transaction, coded fields only (000 data annex), duplicates never dropped nor merged silently (issue 3 item 2).
/// </summary>
public class ReferralServiceTests : DatabaseTest
{
    private async Task<AppUser> CounsellorAsync(string agency = "FT-ANTIBES", OrganisationKind kind = OrganisationKind.FranceTravailAgency)
    {
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            if (!await db.Organisations.AnyAsync(o => o.Code == "casa")) await Seed.PlieAsync(Db, "casa");
            if (!await db.Organisations.AnyAsync(o => o.Code == agency)) await Seed.OrganisationAsync(Db, kind, agency);
        }
        return await Seed.UserAsync(Db, agency, kind == OrganisationKind.FranceTravailAgency ? Role.FtCounsellor : Role.SocialWorker);
    }

    private async Task<ReferralOutcome> ReferAsync(AppUser user, ReferralRequest request)
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<ReferralService>().ReferAsync(request);
    }

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    [Fact]
    public async Task A_fiche_creates_the_person_a_referral_fact_and_its_sheet_with_one_audit_line()
    {
        var counsellor = await CounsellorAsync();

        var outcome = await ReferAsync(counsellor, Fiches.Awa() with { Date = new(2026, 11, 2) });

        Assert.Equal(ReferralOutcomeKind.Recorded, outcome.Kind);
        Assert.False(outcome.Attached);
        var person = await ReadAsync(db => db.Persons.Include(p => p.Identity).Include(p => p.Events).SingleAsync(p => p.Id == outcome.PersonId));
        Assert.StartsWith("ORI-", person.Ref);
        Assert.Equal(("Diallo", "Awa", "1234567A"), (person.Identity!.LastName, person.Identity.FirstName, person.Identity.FranceTravailId));
        Assert.Equal(("F", 1981, "06004"), (person.Sex, person.BirthYear, person.CommuneInsee));
        Assert.True(person.Situation.Rsa && person.Situation.LongTermUnemployed);
        Assert.Equal(3, person.Situation.EducationLevel);
        var referral = Assert.IsType<ReferralEvent>(Assert.Single(person.Events));
        Assert.Equal(outcome.ReferralId, referral.Id);
        Assert.Equal((new DateOnly(2026, 11, 2), "france_travail", "FT-ANTIBES", "flow"), (referral.Date, referral.PrescriberKind, referral.PrescriberOrg, referral.Channel));
        var sheet = await ReadAsync(db => db.ReferralSheets.SingleAsync());
        Assert.Equal((referral.Id, ReferralDecisions.New, counsellor.Id, counsellor.OrganisationId), (sheet.Id, sheet.Decision, sheet.SentBy, sheet.PrescriberOrganisationId));
        var line = await ReadAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "referral.create"));
        Assert.Equal(person.Id.ToString(), line.RecordId);
        Assert.Equal(person.PlieId, line.PlieId);
        Assert.DoesNotContain("Diallo", line.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567A", line.Detail!, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<ReferralRequest, ReferralRequest>, string> BadFiches => new()
    {
        { "person.lastName", r => r.WithPerson(p => p with { LastName = " " }), "Nom : champ obligatoire." },
        { "person.lastName", r => r.WithPerson(p => p with { LastName = "Diallo, suivie pour addiction" }), "Nom : lettres, espaces, traits d'union et apostrophes seulement (aucun texte libre sur une fiche de liaison)." },
        { "person.birthDate", r => r.WithPerson(p => p with { BirthDate = new(2030, 1, 1) }), "Date de naissance : date impossible (01/01/2030)." },
        { "person.birthDate", r => r.WithPerson(p => p with { BirthDate = new(2015, 1, 1) }), "Date de naissance : la personne aurait moins de 16 ans à la date de l'orientation (01/01/2015)." },
        { "person.sex", r => r.WithPerson(p => p with { Sex = "X" }), "Sexe : choisissez « F » (femme) ou « M » (homme)." },
        { "person.communeInsee", r => r.WithPerson(p => p with { CommuneInsee = "99999" }), "Commune de résidence : code INSEE inconnu « 99999 »" },
        { "person.communeInsee", r => r.WithPerson(p => p with { CommuneInsee = "13201" }), "utilisez celui de la commune actuelle, 13055 (Marseille)" },
        { "person.franceTravailId", r => r.WithPerson(p => p with { FranceTravailId = "123 456" }), "Identifiant France Travail : de 1 à 16 lettres ou chiffres" },
        { "person.situation.educationLevel", r => r.WithPerson(p => p with { Situation = p.Situation with { EducationLevel = 9 } }), "Niveau de formation : 9 hors nomenclature (1 à 8)." },
        { "referral.channel", r => r with { Channel = "courrier" }, "Canal : code inconnu « courrier »" },
        { "referral.date", r => r with { Date = new(2099, 1, 1) }, "Date d'orientation : date dans le futur" },
        { "referral.prescriberKind", r => r with { PrescriberKind = "ccas" }, "Type de prescripteur : « ccas » ne convient pas à votre organisation ; valeurs possibles : france_travail." },
        { "referral.prescriberOrg", r => r with { PrescriberOrg = "FT-NICE" }, "Organisme prescripteur : seule votre organisation, « FT-ANTIBES », peut être indiquée." },
        { "plie", r => r with { Plie = "nulle-part" }, "PLIE : aucun PLIE de l'instance ne porte le code « nulle-part »." },
        { "personInformed", r => r with { PersonInformed = false }, "Information de la personne : confirmez qu'elle a reçu la mention d'information" },
    };

    [Theory]
    [MemberData(nameof(BadFiches))]
    public async Task A_bad_fiche_names_the_field_and_writes_nothing(string field, Func<ReferralRequest, ReferralRequest> change, string message)
    {
        var counsellor = await CounsellorAsync();

        var outcome = await ReferAsync(counsellor, change(Fiches.Awa()));

        Assert.Equal(ReferralOutcomeKind.Invalid, outcome.Kind);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.Persons.CountAsync()));
        Assert.False(await ReadAsync(db => db.AuditEvents.AnyAsync(a => a.Action.StartsWith("referral."))));
    }

    [Fact]
    public async Task Another_prescriber_chooses_its_kind_and_is_recorded_with_its_code()
    {
        var worker = await CounsellorAsync("CCAS-ANTIBES", OrganisationKind.Prescriber);

        var outcome = await ReferAsync(worker, Fiches.Awa() with { PrescriberKind = "ccas" });

        var referral = await ReadAsync(db => db.JourneyEvents.OfType<ReferralEvent>().SingleAsync(e => e.Id == outcome.ReferralId));
        Assert.Equal(("ccas", "CCAS-ANTIBES"), (referral.PrescriberKind, referral.PrescriberOrg));
    }

    [Fact]
    public async Task A_suspected_duplicate_writes_nothing_until_the_sender_answers()
    {
        var counsellor = await CounsellorAsync();
        var first = await ReferAsync(counsellor, Fiches.Awa());

        var again = await ReferAsync(counsellor, Fiches.Awa().WithPerson(p => p with { LastName = "DIALLO", FirstName = "awa", FranceTravailId = null }));

        Assert.Equal(ReferralOutcomeKind.DuplicatesSuspected, again.Kind);
        var candidate = Assert.Single(again.Duplicates.Candidates);
        Assert.Equal(first.PersonId, candidate.PersonId);
        Assert.Equal(JourneyState.ReferralPending, candidate.State);
        Assert.Equal(1, await ReadAsync(db => db.Persons.CountAsync()));
        Assert.Equal(1, await ReadAsync(db => db.JourneyEvents.CountAsync()));
        Assert.Equal(1, await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action == "referral.duplicate_check")));
    }

    [Fact]
    public async Task Confirming_another_person_creates_it_with_the_decision_kept()
    {
        var counsellor = await CounsellorAsync();
        await ReferAsync(counsellor, Fiches.Awa());

        var outcome = await ReferAsync(counsellor, Fiches.Awa().WithPerson(p => p with { FranceTravailId = "7654321B" }) with { ConfirmedNew = true });

        Assert.Equal(ReferralOutcomeKind.Recorded, outcome.Kind);
        Assert.Equal(2, await ReadAsync(db => db.Persons.CountAsync()));
        Assert.Equal(ReferralDecisions.NewConfirmed, await ReadAsync(db => db.ReferralSheets.Where(s => s.Id == outcome.ReferralId).Select(s => s.Decision).SingleAsync()));
    }

    [Fact]
    public async Task Attaching_appends_the_referral_to_the_known_person_and_fills_only_what_was_missing()
    {
        var counsellor = await CounsellorAsync();
        var casa = await ReadAsync(db => db.Organisations.SingleAsync(o => o.Code == "casa"));
        var known = await new PersonBuilder(casa.Id).Named("Awa", "Diallo").BornOn(Fiches.AwaBorn).WithFranceTravailId(null)
            .WithSituation(new Situation { Rsa = false, Qpv = true }).WithEvents(d =>
            [
                new ReferralEvent { Date = d, PrescriberKind = "departement", Channel = "other" },
                new RefusalEvent { Date = d.AddDays(30), Reason = "absent" },
            ]).SaveAsync(Db);

        var outcome = await ReferAsync(counsellor, Fiches.Awa().WithPerson(p => p with { BirthName = "Sow" }) with { AttachTo = known.Id });

        Assert.Equal(ReferralOutcomeKind.Recorded, outcome.Kind);
        Assert.True(outcome.Attached);
        Assert.Equal(known.Id, outcome.PersonId);
        var person = await ReadAsync(db => db.Persons.Include(p => p.Identity).Include(p => p.Events).SingleAsync(p => p.Id == known.Id));
        Assert.Equal(3, person.Events.Count);
        Assert.Equal(outcome.ReferralId, person.Events.Single(e => e.Seq == 3).Id);
        Assert.Equal(("1234567A", "Sow"), (person.Identity!.FranceTravailId, person.Identity.BirthName));
        Assert.True(person.Situation.Qpv && !person.Situation.Rsa);
        var sheet = await ReadAsync(db => db.ReferralSheets.SingleAsync());
        Assert.Equal(ReferralDecisions.Attached, sheet.Decision);
        Assert.True(sheet.Situation.Rsa);
        Assert.Equal(1, await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action == "referral.attach")));
    }

    [Fact]
    public async Task A_France_Travail_id_collision_is_flagged_never_merged()
    {
        var counsellor = await CounsellorAsync();
        var casa = await ReadAsync(db => db.Organisations.SingleAsync(o => o.Code == "casa"));
        var other = await new PersonBuilder(casa.Id).Named("Karim", "Benali").BornOn(new(1990, 1, 2)).WithFranceTravailId("1234567A").SaveAsync(Db);

        var suspected = await ReferAsync(counsellor, Fiches.Awa());
        var attach = await ReferAsync(counsellor, Fiches.Awa() with { AttachTo = other.Id });
        var confirmed = await ReferAsync(counsellor, Fiches.Awa() with { ConfirmedNew = true });

        Assert.True(Assert.Single(suspected.Duplicates.Candidates).IsCollision);
        Assert.Equal("attachTo", Assert.Single(attach.Errors).Field);
        Assert.Equal(ReferralOutcomeKind.Recorded, confirmed.Kind);
        Assert.NotEqual(other.Id, confirmed.PersonId);
        Assert.True(await ReadAsync(db => db.ReferralSheets.Where(s => s.Id == confirmed.ReferralId).Select(s => s.FranceTravailIdCollision).SingleAsync()));
        Assert.Equal(PersonBuilder.TypicalJourney(default).Count, await ReadAsync(db => db.JourneyEvents.CountAsync(e => e.PersonId == other.Id)));
    }

    [Fact]
    public async Task Attaching_to_a_person_who_is_not_a_candidate_is_refused()
    {
        var counsellor = await CounsellorAsync();
        var casa = await ReadAsync(db => db.Organisations.SingleAsync(o => o.Code == "casa"));
        var stranger = await new PersonBuilder(casa.Id).Named("Léa", "Moreau").SaveAsync(Db);

        var outcome = await ReferAsync(counsellor, Fiches.Awa() with { AttachTo = stranger.Id });

        Assert.Equal("attachTo", Assert.Single(outcome.Errors).Field);
        Assert.Equal(1, await ReadAsync(db => db.Persons.CountAsync()));
        Assert.False(await ReadAsync(db => db.AuditEvents.AnyAsync(a => a.Action.StartsWith("referral."))));
    }

    [Fact]
    public async Task A_PLIE_user_cannot_send_a_fiche()
    {
        await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);

        await Assert.ThrowsAsync<InvalidOperationException>(() => ReferAsync(referent, Fiches.Awa()));
    }
}
