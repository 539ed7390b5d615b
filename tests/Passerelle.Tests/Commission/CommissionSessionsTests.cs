using Passerelle.Core.Commission;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>Sessions and their agenda: who may be proposed, when, and only within the PLIE.</summary>
public class CommissionSessionsTests : CommissionTest
{
    private Task<CommissionOutcome?> ProposeAsAsync(Guid session, Guid person) =>
        AsAsync<CommissionSessions, CommissionOutcome?>(Referent, s => s.ProposeAsync(session, person, Intakes.Today));

    [Fact]
    public async Task A_person_in_diagnostic_is_put_on_the_agenda_once_and_listed_with_an_audit_line()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(first: "Nadia", last: "Benali");
        var session = await SessionAsync(Intakes.Today.AddDays(3), "list");

        await ProposeAsync(session, person.Id);
        var again = await ProposeAsAsync(session, person.Id);

        Assert.Contains("déjà inscrite", Assert.Single(again!.Errors).Message);
        var agenda = await AsAsync<CommissionSessions, Agenda?>(Coordinator, s => s.AgendaAsync(session));
        var line = Assert.Single(agenda!.Lines);
        Assert.Equal(("BENALI Nadia", "integration", Referent.Id), (line.Name, line.Item.Kind, line.Item.ProposedBy));
        Assert.Contains("person.agenda", await AuditActionsAsync());
    }

    [Fact]
    public async Task Only_people_received_and_waiting_for_a_decision_may_be_proposed_000_art_3_4_b()
    {
        await ArrangePlieAsync();
        var session = await SessionAsync(Intakes.Today);
        var notReceived = await PersonAsync(Intakes.Referred);
        var inPathway = await PersonAsync(Intakes.InPathway(Referent.Email!));

        Assert.Contains("premier accueil", Assert.Single((await ProposeAsAsync(session, notReceived.Id))!.Errors).Message);
        Assert.Contains("déjà en parcours", Assert.Single((await ProposeAsAsync(session, inPathway.Id))!.Errors).Message);
    }

    [Fact]
    public async Task A_past_session_takes_no_new_file_and_unknown_kinds_are_refused()
    {
        await ArrangePlieAsync();
        var past = await SessionAsync(Intakes.Today.AddDays(-1));
        var person = await PersonAsync();

        Assert.Equal("session", Assert.Single((await ProposeAsAsync(past, person.Id))!.Errors).Field);
        var bad = await AsAsync<CommissionSessions, CommissionOutcome>(Coordinator, s => s.CreateAsync(Intakes.Today, "comite_secret"));
        Assert.Equal("kind", Assert.Single(bad.Errors).Field);
    }

    [Fact]
    public async Task A_session_or_person_of_another_plie_is_not_found()
    {
        await ArrangePlieAsync();
        var session = await SessionAsync(Intakes.Today);
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreignPerson = await new PersonBuilder(cov.Id).WithEvents(Intakes.InDiagnostic).SaveAsync(Db);
        var foreignUser = await Seed.UserAsync(Db, "cov", Role.Coordinator);

        Assert.Null(await ProposeAsAsync(session, foreignPerson.Id));
        Assert.Null(await AsAsync<CommissionSessions, Agenda?>(foreignUser, s => s.AgendaAsync(session)));
        Assert.Empty(await AsAsync<CommissionSessions, IReadOnlyList<SessionSummary>>(foreignUser, s => s.ListAsync()));
    }
}
