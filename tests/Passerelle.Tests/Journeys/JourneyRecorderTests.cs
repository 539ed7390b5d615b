using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Journeys;

/// <summary>One fact typed by a referent, under the import's rules (contract §4.2), on SQLite and PostgreSQL.</summary>
public class JourneyRecorderTests : DatabaseTest
{
    private static readonly DateOnly Referral = new(2025, 3, 3);

    private static List<JourneyEvent> Referred(DateOnly d) =>
        [new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" }];

    private static List<JourneyEvent> Integrated(DateOnly d) =>
        [.. Referred(d), new IntegrationEvent { Date = d.AddDays(20) }];

    private async Task<(Person Person, AppUser Referent)> ArrangeAsync(Func<DateOnly, List<JourneyEvent>> events)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithEvents(_ => events(Referral)).SaveAsync(Db);
        return (person, await Seed.UserAsync(Db, "casa", Role.Referent));
    }

    private async Task<FactResult?> RecordAsync(AppUser user, Guid personId, JourneyEventDto fact)
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<JourneyRecorder>().RecordAsync(personId, fact);
    }

    private async Task<(int Events, List<string> Audit)> WrittenAsync(Guid personId)
    {
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var audit = await db.AuditEvents.Where(a => a.Action.StartsWith("person.fact")).OrderBy(a => a.Seq).Select(a => a.Action + " " + a.Detail).ToListAsync();
        return (await db.JourneyEvents.CountAsync(e => e.PersonId == personId), audit);
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { """{ "type": "contact", "date": "2099-01-01", "mode": "phone" }""", "date", "date dans le futur" },
        { """{ "type": "contract", "start": "2025-06-01", "end": "2025-05-31", "kind": "cdd", "weeklyHours": 35 }""", "end", "fin antérieure au début" },
        { """{ "type": "contact", "date": "2025-04-01", "mode": "pigeon" }""", "mode", "code inconnu « pigeon »" },
        { """{ "type": "contact", "date": "2025-04-01" }""", "mode", "champ obligatoire manquant" },
        { """{ "type": "contract", "start": "2025-06-01", "kind": "cdd", "weeklyHours": 99 }""", "weeklyHours", "hors des bornes" },
        { """{ "type": "suspension", "start": "2025-06-01", "reason": "Vacances d'été" }""", "reason", "doit être un code" },
        { """{ "type": "exit", "date": "2025-04-01", "reason": "employment" }""", "date", "sortie sans intégration préalable" },
        { """{ "type": "training", "start": "2025-06-01", "qualifying": false, "qualificationObtained": "2025-09-01" }""", "qualificationObtained", "non qualifiante" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_fact_the_import_would_refuse_is_refused_on_its_field_and_nothing_is_written(string json, string field, string message)
    {
        var (person, referent) = await ArrangeAsync(Referred);
        var fact = JsonSerializer.Deserialize<JourneyEventDto>(json, JourneyJson.Options)!;

        var result = await RecordAsync(referent, person.Id, fact);

        var error = Assert.Single(result!.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        var (events, audit) = await WrittenAsync(person.Id);
        Assert.Equal(1, events);
        Assert.Empty(audit);
    }

    [Fact]
    public async Task Nothing_may_start_after_an_exit_and_an_exit_before_recorded_facts_is_refused_on_its_date()
    {
        var (person, referent) = await ArrangeAsync(d =>
            [.. Integrated(d), new ContactEvent { Date = d.AddDays(60), Mode = "phone" }, new ExitEvent { Date = d.AddDays(90), Reason = "dropout" }]);

        var after = await RecordAsync(referent, person.Id, new() { Type = "contact", Date = Referral.AddDays(100), Mode = "phone" });
        var exit = await RecordAsync(referent, person.Id, new() { Type = "exit", Date = Referral.AddDays(30), Reason = "moved" });

        Assert.Contains("daté après la sortie", Assert.Single(after!.Errors).Message, StringComparison.Ordinal);
        Assert.Equal("date", Assert.Single(after.Errors).Field);
        Assert.All(exit!.Errors, e => Assert.Equal("date", e.Field));
        Assert.NotEmpty(exit.Errors);
        Assert.Equal(4, (await WrittenAsync(person.Id)).Events);
    }

    [Fact]
    public async Task A_sound_fact_is_appended_after_the_recorded_ones_and_audited_with_its_type_only()
    {
        var (person, referent) = await ArrangeAsync(Integrated);

        var result = await RecordAsync(referent, person.Id, new() { Type = "contract", Start = Referral.AddDays(40), Kind = "cdd", WeeklyHours = 24.50m });

        Assert.True(result!.Succeeded);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var events = await db.JourneyEvents.Where(e => e.PersonId == person.Id).OrderBy(e => e.Seq).ToListAsync();
        var contract = Assert.IsType<ContractEvent>(events[^1]);
        Assert.Equal((result.FactId!.Value, events[^2].Seq + 1, Referral.AddDays(40), 24.5m), (contract.Id, contract.Seq, contract.Date, contract.WeeklyHours));
        var line = await db.AuditEvents.SingleAsync(a => a.Action == "person.fact.add");
        Assert.Equal((person.Id.ToString(), referent.Id, person.PlieId, """{"type":"contract"}"""), (line.RecordId, line.UserId, line.PlieId, line.Detail));
    }

    [Fact]
    public async Task A_person_of_another_plie_is_not_found_and_nothing_is_written()
    {
        var (person, _) = await ArrangeAsync(Integrated);
        await Seed.PlieAsync(Db, "autre");
        var stranger = await Seed.UserAsync(Db, "autre", Role.Director);

        Assert.Null(await RecordAsync(stranger, person.Id, new() { Type = "contact", Date = Referral.AddDays(40), Mode = "phone" }));
        await using var scope = await Db.UserScopeAsync(stranger);
        var recorder = scope.ServiceProvider.GetRequiredService<JourneyRecorder>();
        Assert.Null(await recorder.EndPeriodAsync(person.Id, Guid.NewGuid(), Referral));
        Assert.Null(await recorder.CheckAsync(person.Id, new() { Type = "contact", Date = Referral, Mode = "phone" }));
        var (events, audit) = await WrittenAsync(person.Id);
        Assert.Equal(2, events);
        Assert.Empty(audit);
    }

    [Fact]
    public async Task Closing_a_running_period_sets_its_end_under_the_period_rules_and_is_audited()
    {
        var step = new StepEvent { Date = Referral.AddDays(30), Kind = "workshop" };
        var (person, referent) = await ArrangeAsync(d => [.. Integrated(d), step]);
        await using var scope = await Db.UserScopeAsync(referent);
        var recorder = scope.ServiceProvider.GetRequiredService<JourneyRecorder>();

        var early = await recorder.EndPeriodAsync(person.Id, step.Id, Referral.AddDays(29));
        var closed = await recorder.EndPeriodAsync(person.Id, step.Id, Referral.AddDays(45));
        var again = await recorder.EndPeriodAsync(person.Id, step.Id, Referral.AddDays(50));

        Assert.Equal("end", Assert.Single(early!.Errors).Field);
        Assert.Contains("fin antérieure au début", early.Errors[0].Message, StringComparison.Ordinal);
        Assert.True(closed!.Succeeded);
        Assert.Contains("déjà close", Assert.Single(again!.Errors).Message, StringComparison.Ordinal);
        var (_, audit) = await WrittenAsync(person.Id);
        Assert.Equal(["""person.fact.update {"type":"step"}"""], audit);
        await using var check = Db.SystemScope();
        var stored = await check.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.OfType<StepEvent>().SingleAsync(e => e.Id == step.Id);
        Assert.Equal(Referral.AddDays(45), stored.End);
    }

    [Fact]
    public async Task A_barrier_worked_on_then_lifted_a_request_answered_and_proofs_received_after_the_exit_are_updates_of_their_fact()
    {
        var barrier = new BarrierEvent { Date = Referral.AddDays(5), Family = "housing" };
        var request = new RequestEvent { Date = Referral.AddDays(30), Kind = "licence_b" };
        var exit = new ExitEvent { Date = Referral.AddDays(90), Reason = "employment", Proofs = ["contract"] };
        var (person, referent) = await ArrangeAsync(d => [.. Integrated(d), barrier, request, exit]);
        await using var scope = await Db.UserScopeAsync(referent);
        var recorder = scope.ServiceProvider.GetRequiredService<JourneyRecorder>();

        var worked = await recorder.UpdateAsync(person.Id, barrier.Id, f => f with { WorkedFrom = Referral.AddDays(10) });
        var lifted = await recorder.EndPeriodAsync(person.Id, barrier.Id, Referral.AddDays(80));
        var answered = await recorder.UpdateAsync(person.Id, request.Id, f => f with { Outcome = "refused", OutcomeDate = Referral.AddDays(50) });
        var proofs = await recorder.UpdateAsync(person.Id, exit.Id, f => f with { Proofs = [.. f.Proofs!, "payslips"] });

        Assert.All([worked, lifted, answered, proofs], r => Assert.True(r!.Succeeded));
        await using var check = Db.SystemScope();
        var db = check.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var b = await db.JourneyEvents.OfType<BarrierEvent>().SingleAsync();
        var r = await db.JourneyEvents.OfType<RequestEvent>().SingleAsync();
        var x = await db.JourneyEvents.OfType<ExitEvent>().SingleAsync();
        Assert.Equal((Referral.AddDays(10), Referral.AddDays(80), "housing"), (b.WorkedFrom, b.End, b.Family));
        Assert.Equal(("refused", Referral.AddDays(50)), (r.Outcome, r.OutcomeDate));
        Assert.Equal(["contract", "payslips"], x.Proofs);
        Assert.Equal(4, (await WrittenAsync(person.Id)).Audit.Count(a => a.StartsWith("person.fact.update", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_update_the_rules_refuse_changes_nothing_and_one_that_moves_or_retypes_the_fact_does_not_apply()
    {
        var request = new RequestEvent { Date = Referral.AddDays(30), Kind = "afc" };
        var (person, referent) = await ArrangeAsync(d => [.. Integrated(d), request]);
        await using var scope = await Db.UserScopeAsync(referent);
        var recorder = scope.ServiceProvider.GetRequiredService<JourneyRecorder>();

        var early = await recorder.UpdateAsync(person.Id, request.Id, f => f with { Outcome = "realised", OutcomeDate = Referral.AddDays(29) });
        var moved = await recorder.UpdateAsync(person.Id, request.Id, f => f with { Date = Referral.AddDays(31) });
        var notAPeriod = await recorder.EndPeriodAsync(person.Id, request.Id, Referral.AddDays(40));

        Assert.Equal("outcomeDate", Assert.Single(early!.Errors).Field);
        Assert.Null(moved);
        Assert.Null(notAPeriod);
        Assert.Empty((await WrittenAsync(person.Id)).Audit);
    }
}
