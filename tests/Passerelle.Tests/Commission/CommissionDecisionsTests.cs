using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The commission's decisions (domain.md step 4; 000 art. 3-4 b, 001 art. 2-3, 002 art. 3-4 b): each records its journey
/// fact through the recorder, under the import's rules, in one transaction with the file and the audit lines.
/// </summary>
public class CommissionDecisionsTests : CommissionTest
{
    private async Task<(Guid Session, Guid Item, Person Person)> ArrangeFileAsync(DateOnly? sessionDate = null)
    {
        await ArrangePlieAsync();
        var person = await PersonAsync();
        var session = await SessionAsync(sessionDate ?? Intakes.Today);
        return (session, await ProposeAsync(session, person.Id), person);
    }

    private Task<CommissionOutcome?> DecideAsync(Guid session, Guid item, DecisionInput input) =>
        AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, item, input));

    private Task<List<JourneyEvent>> FactsAsync(Guid person) =>
        ReadAsync(db => db.JourneyEvents.Where(e => e.PersonId == person).OrderBy(e => e.Seq).ToListAsync());

    [Fact]
    public async Task Integrate_records_the_integration_fact_on_the_session_date_with_the_chosen_referent()
    {
        var (session, item, person) = await ArrangeFileAsync();

        var outcome = await DecideAsync(session, item, new DecisionInput("integrate", Referent.Email));

        Assert.True(outcome!.Succeeded);
        var integration = Assert.IsType<IntegrationEvent>((await FactsAsync(person.Id)).Last());
        Assert.Equal((Intakes.Today, Referent.Email), (integration.Date, integration.Referent));
        var file = await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item));
        Assert.Equal(("integrate", integration.Id, Coordinator.Id), (file.Decision, file.FactId, file.DecidedBy));
        var audit = await AuditActionsAsync();
        Assert.Equal(["person.fact.add", "commission.decision"], audit.Where(a => a is "commission.decision" or "person.fact.add"));
    }

    [Fact]
    public async Task Refuse_records_a_refusal_with_the_coded_reason_and_the_reorientation()
    {
        var (session, item, person) = await ArrangeFileAsync();

        var outcome = await DecideAsync(session, item, new DecisionInput("refuse", Reason: "not_plie_public", Reorientation: "accompagnement_global"));

        Assert.True(outcome!.Succeeded);
        var refusal = Assert.IsType<RefusalEvent>((await FactsAsync(person.Id)).Last());
        Assert.Equal(("not_plie_public", "accompagnement_global"), (refusal.Reason, refusal.Reorientation));
    }

    [Fact]
    public async Task Reorient_without_a_reason_records_integration_in_another_programme_000_data_annex()
    {
        var (session, item, person) = await ArrangeFileAsync();

        Assert.True((await DecideAsync(session, item, new DecisionInput("reorient", Reorientation: "mission_locale")))!.Succeeded);

        var refusal = Assert.IsType<RefusalEvent>((await FactsAsync(person.Id)).Last());
        Assert.Equal(("other_programme", "mission_locale"), (refusal.Reason, refusal.Reorientation));
    }

    [Fact]
    public async Task Adjourn_records_no_fact_and_the_person_can_go_on_a_later_session()
    {
        var (session, item, person) = await ArrangeFileAsync();

        Assert.True((await DecideAsync(session, item, new DecisionInput("adjourn")))!.Succeeded);

        Assert.Equal(3, (await FactsAsync(person.Id)).Count);
        var later = await SessionAsync(Intakes.Today.AddDays(30));
        await ProposeAsync(later, person.Id);
    }

    public static TheoryData<string, string?, string?, string?, string> Refused => new()
    {
        { "", null, null, null, "decision" },
        { "integrate", null, null, null, "referent" },
        { "integrate", "quelqu.un@ailleurs.test", null, null, "referent" },
        { "refuse", null, null, null, "reason" },
        { "refuse", null, "pas_un_motif", null, "reason" },
        { "refuse", null, "not_eligible", "nulle_part", "reorientation" },
        { "reorient", null, null, null, "reorientation" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_decision_missing_its_coded_value_is_refused_on_its_field_and_nothing_is_written(
        string decision, string? referent, string? reason, string? reorientation, string field)
    {
        var (session, item, person) = await ArrangeFileAsync();

        var outcome = await DecideAsync(session, item, new DecisionInput(decision, referent, reason, reorientation));

        Assert.Contains(outcome!.Errors, e => e.Field == field);
        Assert.Equal(3, (await FactsAsync(person.Id)).Count);
        Assert.Null((await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item))).Decision);
        Assert.DoesNotContain("commission.decision", await AuditActionsAsync());
    }

    [Fact]
    public async Task A_session_still_to_come_takes_no_decision_and_a_decided_file_no_second_one()
    {
        var (future, item, _) = await ArrangeFileAsync(Intakes.Today.AddDays(7));
        Assert.Contains("n'a pas encore eu lieu", Assert.Single((await DecideAsync(future, item, new DecisionInput("adjourn")))!.Errors).Message);

        var today = await SessionAsync(Intakes.Today);
        var other = await PersonAsync();
        var file = await ProposeAsync(today, other.Id);
        Assert.True((await DecideAsync(today, file, new DecisionInput("adjourn")))!.Succeeded);
        Assert.Contains("déjà fait l'objet", Assert.Single((await DecideAsync(today, file, new DecisionInput("integrate", Referent.Email)))!.Errors).Message);
    }

    [Fact]
    public async Task The_import_rules_apply_a_second_integration_is_refused_and_the_file_stays_undecided()
    {
        var (session, item, person) = await ArrangeFileAsync();
        // Integrated meanwhile (by a journey import, say): the commission's integration would be a second one.
        await ReadAsync(async db =>
        {
            db.JourneyEvents.Add(new IntegrationEvent { PlieId = Plie.Id, PersonId = person.Id, Seq = 9, Date = Intakes.Today.AddDays(-1), RecordedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var outcome = await DecideAsync(session, item, new DecisionInput("integrate", Referent.Email));

        Assert.Contains("deuxième intégration", Assert.Single(outcome!.Errors).Message);
        Assert.Null((await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item))).Decision);
        Assert.Single(await ReadAsync(db => db.JourneyEvents.OfType<IntegrationEvent>().Where(e => e.PersonId == person.Id).ToListAsync()));
    }

    [Fact]
    public async Task A_file_of_another_session_or_plie_is_not_found()
    {
        var (session, item, _) = await ArrangeFileAsync();
        var other = await SessionAsync(Intakes.Today);
        Assert.Null(await DecideAsync(other, item, new DecisionInput("adjourn")));

        await Passerelle.Tests.TestSupport.Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await Passerelle.Tests.TestSupport.Seed.UserAsync(Db, "cov", Passerelle.Core.Organisations.Role.Coordinator);
        Assert.Null(await AsAsync<CommissionDecisions, CommissionOutcome?>(foreign, d => d.DecideAsync(session, item, new DecisionInput("adjourn"))));
    }
}
