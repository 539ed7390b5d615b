using Microsoft.EntityFrameworkCore;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.InfoSessions;

/// <summary>Convocation lists: referred people of the PLIE, one convocation number each, within the capacity (seed 001 art. 2-2).</summary>
public class ConvocationTests : InfoSessionTest
{
    [Fact]
    public async Task Each_convocation_has_a_number_of_its_session_and_the_capacity_is_respected_with_a_French_message()
    {
        // COV: "environ 20 à 30 par mois" convoked; here a session of 2 places.
        var session = await SessionAsync(capacity: 2);
        var a = await PersonAsync("Awa", "Diallo");
        var b = await PersonAsync("Karim", "Benali");
        var c = await PersonAsync("Inès", "Moreau");

        await ConvokedAsync(session, a.Id);
        await ConvokedAsync(session, b.Id);
        var third = await ConvokeAsync(session, c.Id);

        var error = Assert.Single(third.Errors);
        Assert.Equal("Capacité atteinte : 2 personnes convoquées pour 2 places. Augmentez la capacité de la session ou convoquez cette personne à une autre date.", error.Message);
        var references = await ReadAsync(db => db.Convocations.OrderBy(x => x.Ordinal).Select(x => x.Reference).ToListAsync());
        Assert.Equal(["IC-2025-001-01", "IC-2025-001-02"], references);
        var audit = await AuditAsync("infosession.convoke");
        Assert.Equal(2, audit.Count);
    }

    [Fact]
    public async Task Only_referred_people_of_the_PLIE_are_convoked_once()
    {
        var session = await SessionAsync();
        var notReferred = await PersonAsync(events: _ => []);
        var referred = await PersonAsync("Karim", "Benali");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await new PersonBuilder((await ReadAsync(db => db.Organisations.SingleAsync(o => o.Code == "cov"))).Id).SaveAsync(Db);

        var without = await ConvokeAsync(session, notReferred.Id);
        var other = await ConvokeAsync(session, foreign.Id);
        await ConvokedAsync(session, referred.Id);
        var twice = await ConvokeAsync(session, referred.Id);

        Assert.Contains("Aucune orientation enregistrée", Assert.Single(without.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("Personne introuvable : cherchez-la de nouveau.", Assert.Single(other.Errors).Message);
        Assert.Equal("Déjà convoqué·e à cette information collective (convocation IC-2025-001-01).", Assert.Single(twice.Errors).Message);
        Assert.Equal(1, await ReadAsync(db => db.Convocations.CountAsync()));
    }

    [Fact]
    public async Task A_person_who_exited_cannot_be_convoked_after_the_exit_under_the_import_rules()
    {
        var session = await SessionAsync();
        var exited = await PersonAsync(events: d =>
        [
            new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" },
            new IntegrationEvent { Date = d.AddDays(10) },
            new ExitEvent { Date = d.AddDays(20), Reason = "moved" },
        ]);

        var outcome = await ConvokeAsync(session, exited.Id);

        Assert.StartsWith("Convocation impossible : événement « info_session » daté après la sortie", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_of_another_PLIE_is_not_found_to_convoke_or_withdraw()
    {
        var session = await SessionAsync();
        var convocation = await ConvokedAsync(session, (await PersonAsync()).Id);
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var stranger = await Seed.UserAsync(Db, "cov", Role.Referent);

        Assert.Null(await AsAsync<Outcome?, ConvocationService>(c => c.ConvokeAsync(session, Guid.NewGuid()), stranger));
        Assert.Null(await AsAsync<Outcome?, ConvocationService>(c => c.WithdrawAsync(session, convocation), stranger));
        Assert.Null(await AsAsync<IReadOnlyList<Candidate>?, ConvocationService>(c => c.CandidatesAsync(session, new PersonSearch("Diallo")), stranger));
    }

    [Fact]
    public async Task A_withdrawn_convocation_keeps_its_number_and_frees_its_place()
    {
        var session = await SessionAsync(capacity: 2);
        var a = await PersonAsync("Awa", "Diallo");
        var first = await ConvokedAsync(session, a.Id);
        await ConvokedAsync(session, (await PersonAsync("Karim", "Benali")).Id);

        var withdrawn = await AsAsync<Outcome?, ConvocationService>(c => c.WithdrawAsync(session, first));
        var newcomer = await ConvokedAsync(session, (await PersonAsync("Inès", "Moreau")).Id);
        var again = await ConvokeAsync(session, a.Id);

        Assert.True(withdrawn!.Succeeded);
        Assert.Contains("Capacité atteinte", Assert.Single(again.Errors).Message, StringComparison.Ordinal);
        var rows = await ReadAsync(db => db.Convocations.OrderBy(x => x.Ordinal).Select(x => new { x.Id, x.Reference, x.WithdrawnAt }).ToListAsync());
        Assert.Equal(["IC-2025-001-01", "IC-2025-001-02", "IC-2025-001-03"], rows.Select(r => r.Reference));
        Assert.Equal(newcomer, rows[2].Id);
        Assert.NotNull(rows[0].WithdrawnAt);
        Assert.Equal(["infosession.withdraw"], await AuditAsync("infosession.withdraw"));
    }

    [Fact]
    public async Task Candidates_say_why_a_person_cannot_be_convoked()
    {
        var session = await SessionAsync();
        var convoked = await PersonAsync("Awa", "Martin");
        await PersonAsync("Nadia", "Martin", _ => []);
        await PersonAsync("Julien", "Martin");
        await ConvokedAsync(session, convoked.Id);

        var found = await AsAsync<IReadOnlyList<Candidate>?, ConvocationService>(c => c.CandidatesAsync(session, new PersonSearch("martin")));

        Assert.NotNull(found);
        Assert.Equal(["Awa", "Julien", "Nadia"], found.Select(c => c.Person.FirstName));
        Assert.StartsWith("Déjà convoqué·e", found[0].Obstacle, StringComparison.Ordinal);
        Assert.Null(found[1].Obstacle);
        Assert.StartsWith("Aucune orientation enregistrée", found[2].Obstacle, StringComparison.Ordinal);
    }
}
