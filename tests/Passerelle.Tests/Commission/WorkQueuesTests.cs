using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>The referents' work queues (issue 3 item 8): waiting for a first contact, in diagnostic, awaiting the commission.</summary>
public class WorkQueuesTests : CommissionTest
{
    [Fact]
    public async Task Each_person_waiting_is_in_one_queue_oldest_first_and_people_decided_are_in_none()
    {
        await ArrangePlieAsync();
        var referred = await PersonAsync(Intakes.Referred, "Léa", "Attente");
        var absent = await PersonAsync(_ => [.. Intakes.Referred(default), new FirstContactEvent { Date = Intakes.Today.AddDays(-2), Mode = "collective", Attended = false }], "Karim", "Absent");
        var received = await PersonAsync(_ => [.. Intakes.Referred(default), new FirstContactEvent { Date = Intakes.Today.AddDays(-1), Mode = "collective", Attended = true }], "Inès", "Recue");
        var diagnostic = await PersonAsync(first: "Nadia", last: "Diagnostic");
        var proposed = await PersonAsync(first: "Julien", last: "Propose");
        await PersonAsync(Intakes.InPathway(Referent.Email!), "Sophie", "Parcours");
        await PersonAsync(_ => [.. Intakes.InDiagnostic(default), new RefusalEvent { Date = Intakes.Today.AddDays(-1), Reason = "moved" }], "Thierry", "Refuse");
        await ProposeAsync(await SessionAsync(Intakes.Today.AddDays(5)), proposed.Id);
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await new PersonBuilder(cov.Id).WithEvents(Intakes.Referred).SaveAsync(Db);

        var queue = await AsAsync<WorkQueues, WorkQueue>(Referent, q => q.ListAsync());

        Assert.Equal([referred.Id, absent.Id], queue.FirstContact.Select(e => e.PersonId).Order());
        Assert.True(queue.FirstContact.Single(e => e.PersonId == absent.Id).AbsentAtFirstContact);
        Assert.Equal([diagnostic.Id, received.Id], queue.Diagnostic.Select(e => e.PersonId));
        Assert.Equal(IntakeStage.FirstContactDone, queue.Diagnostic.Single(e => e.PersonId == received.Id).Stage);
        var onAgenda = Assert.Single(queue.Commission);
        Assert.Equal((proposed.Id, Intakes.Today.AddDays(5), Referent.Id), (onAgenda.PersonId, onAgenda.SessionDate!.Value, onAgenda.ProposedBy!.Value));
        Assert.Equal(5, (await AuditActionsAsync()).Count(a => a == "person.queue"));
    }
}
