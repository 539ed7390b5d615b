using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Commission;
using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.Commission;

/// <summary>
/// Atypical exits decided by the commission (003 art. 5: « Une commission ad hoc statuera dans le cadre des sorties positives
/// dites « atypiques » »): the exit is recorded first, its validation goes on a session's agenda, and the decision is written
/// on the exit (<c>atypicalApproved</c>, contract §4.3), which the verdict and the export then read. The evaluator's own
/// table of the atypical situations is tests/Exits/AtypicalExitTests; the import path carries the flag as decided elsewhere.
/// </summary>
public class AtypicalExitCommissionTests : CommissionTest
{
    // « contrat aidé … d'une durée au moins égale à 12 mois »: a CUI-PEC of exactly 12 months, then the exit.
    private static List<JourneyEvent> SubsidisedThenExit(DateOnly _) =>
    [
        new ReferralEvent { Date = Intakes.Today.AddMonths(-17), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = Intakes.Today.AddMonths(-16), Referent = "referente@casa.test" },
        new ContractEvent { Date = Intakes.Today.AddMonths(-15), End = Intakes.Today.AddMonths(-3).AddDays(-1), Kind = "cui_pec", WeeklyHours = 26 },
        new ExitEvent { Date = Intakes.Today.AddMonths(-2), Reason = "cui_pec", Proofs = ["contract", "payslips"] },
    ];

    private Task<CommissionOutcome?> ProposeAtypicalAsync(Guid session, Guid person) =>
        AsAsync<CommissionSessions, CommissionOutcome?>(Referent, s => s.ProposeAsync(session, person, Intakes.Today, CommissionCodes.AtypicalExit));

    private Task<CommissionOutcome?> DecideAsync(Guid session, Guid item, string decision) =>
        AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, item, new DecisionInput(decision)));

    private async Task<ExitComputedDto> ExportedAsync(Person person)
    {
        await using var scope = Db.SystemScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<JourneyExporter>().ExportAsync("casa", output);
        using var doc = JsonDocument.Parse(output.ToArray());
        var exported = doc.RootElement.GetProperty("persons").EnumerateArray().Single(p => p.GetProperty("ref").GetString() == person.Ref);
        var exit = exported.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "exit");
        return exit.GetProperty("computed").Deserialize<ExitComputedDto>(JourneyJson.Options)!;
    }

    private async Task<(Guid Session, Guid Item, Person Person)> ArrangeAsync()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(SubsidisedThenExit);
        var session = await SessionAsync(Intakes.Today);
        var proposed = await ProposeAtypicalAsync(session, person.Id);
        Assert.True(proposed!.Succeeded, string.Join(" ; ", proposed.Errors.Select(e => e.Message)));
        return (session, proposed.Id!.Value, person);
    }

    [Fact]
    public async Task Before_the_decision_the_exit_is_not_positive_and_the_agenda_shows_the_atypical_situation()
    {
        var (session, _, person) = await ArrangeAsync();

        Assert.False((await ExportedAsync(person)).Positive);
        var agenda = (await AsAsync<CommissionSessions, Agenda?>(Coordinator, s => s.AgendaAsync(session)))!;
        var context = (await AsAsync<CommissionSessions, IReadOnlyDictionary<Guid, FileContext>>(Coordinator, s => s.ContextsAsync(agenda))).Values.Single();
        Assert.Contains(context.Lines, l => l.Contains("Situation atypique (contrat aidé d'au moins 12 mois)", StringComparison.Ordinal) && l.EndsWith("rempli.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validated_by_the_commission_the_exit_becomes_positive_in_the_verdict_and_the_export()
    {
        var (session, item, person) = await ArrangeAsync();

        Assert.True((await DecideAsync(session, item, CommissionCodes.Grant))!.Succeeded);

        var exit = await ReadAsync(db => db.JourneyEvents.OfType<ExitEvent>().SingleAsync(e => e.PersonId == person.Id));
        Assert.True(exit.AtypicalApproved);
        Assert.Equal(exit.Id, (await ReadAsync(db => db.CommissionItems.SingleAsync(i => i.Id == item))).FactId);
        var computed = await ExportedAsync(person);
        Assert.Equal((true, ExitCodes.AtypicalApproved), (computed.Positive, computed.Basis));
        Assert.Equal(["person.fact.update", "commission.decision"], (await AuditActionsAsync()).Where(a => a is "person.fact.update" or "commission.decision"));
    }

    [Fact]
    public async Task Not_validated_the_exit_stays_not_positive_and_cannot_be_asked_again()
    {
        var (session, item, person) = await ArrangeAsync();

        Assert.True((await DecideAsync(session, item, CommissionCodes.Deny))!.Succeeded);

        Assert.False((await ReadAsync(db => db.JourneyEvents.OfType<ExitEvent>().SingleAsync(e => e.PersonId == person.Id))).AtypicalApproved);
        Assert.False((await ExportedAsync(person)).Positive);
        var again = await ProposeAtypicalAsync(await SessionAsync(Intakes.Today.AddDays(7)), person.Id);
        Assert.Contains(again!.Errors, e => e.Message.Contains("s'est déjà prononcée sur cette sortie", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_adjourned_file_changes_nothing_and_may_go_on_a_later_session()
    {
        var (session, item, person) = await ArrangeAsync();

        Assert.True((await DecideAsync(session, item, CommissionCodes.Adjourn))!.Succeeded);

        Assert.Null((await ReadAsync(db => db.JourneyEvents.OfType<ExitEvent>().SingleAsync(e => e.PersonId == person.Id))).AtypicalApproved);
        Assert.True((await ProposeAtypicalAsync(await SessionAsync(Intakes.Today.AddDays(7)), person.Id))!.Succeeded);
    }

    [Fact]
    public async Task Without_a_recorded_exit_the_validation_cannot_be_asked()
    {
        await ArrangePlieAsync();
        var person = await PersonAsync(Intakes.InPathway(Referent.Email!, 10));

        var outcome = await ProposeAtypicalAsync(await SessionAsync(Intakes.Today), person.Id);

        Assert.Contains(outcome!.Errors, e => e.Message.Contains("une fois la sortie enregistrée", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_minutes_list_the_atypical_exits_and_extensions_decided_with_their_codes()
    {
        var (session, item, person) = await ArrangeAsync();
        Assert.True((await DecideAsync(session, item, CommissionCodes.Grant))!.Succeeded);
        var other = await PersonAsync(Intakes.InPathway(Referent.Email!, 23));
        var extension = await AsAsync<CommissionSessions, CommissionOutcome?>(Referent, s => s.ProposeAsync(session, other.Id, Intakes.Today, CommissionCodes.Extension));
        Assert.True((await AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, extension!.Id!.Value, new DecisionInput(CommissionCodes.Grant, Months: 4))))!.Succeeded);

        var file = (await AsAsync<CommissionMinutes, (byte[] Content, string FileName)?>(Coordinator, m => m.BuildAsync(session)))!.Value;

        var docx = Docx.Read(file.Content);
        Assert.Contains("Sorties atypiques", docx.Paragraphs);
        Assert.Contains("Prolongations de parcours", docx.Paragraphs);
        Assert.Equal([CommissionCodes.Grant, "Sortie atypique validée"], docx.Row(person.Ref).Skip(5).Take(2));
        Assert.Equal([CommissionCodes.Grant, "Prolongation accordée", "4"], docx.Row(other.Ref).Skip(5).Take(3));
    }
}
