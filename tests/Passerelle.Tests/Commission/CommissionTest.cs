using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Commission;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>A PLIE with a coordinator and a referent, and helpers to run the commission's services as them.</summary>
public abstract class CommissionTest : DatabaseTest
{
    protected Organisation Plie { get; private set; } = null!;
    protected AppUser Coordinator { get; private set; } = null!;
    protected AppUser Referent { get; private set; } = null!;

    protected async Task ArrangePlieAsync(string preset = "casa-2021-2023", string code = "casa")
    {
        Plie = await Seed.PlieAsync(Db, code, preset);
        Coordinator = await Seed.UserAsync(Db, code, Role.Coordinator);
        Referent = await Seed.UserAsync(Db, code, Role.Referent, $"referente@{code}.test");
    }

    /// <summary>A person born in 1980 (an adult of every protocol), living in <paramref name="commune"/> (Antibes, CASA, by default).</summary>
    protected async Task<Person> PersonAsync(Func<DateOnly, List<JourneyEvent>>? events = null, string? first = null, string? last = null,
        string commune = "06004", Situation? situation = null)
    {
        var builder = new PersonBuilder(Plie.Id).WithEvents(events ?? Intakes.InDiagnostic).BornOn(new DateOnly(1980, 5, 4));
        if (first is not null && last is not null) builder = builder.Named(first, last);
        if (situation is not null) builder = builder.WithSituation(situation);
        var person = await builder.SaveAsync(Db);
        if (commune != person.CommuneInsee)
        {
            await ReadAsync(db => db.Persons.Where(p => p.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.CommuneInsee, commune)));
            person.CommuneInsee = commune;
        }
        return person;
    }

    /// <summary>Runs <paramref name="act"/> with the service <typeparamref name="T"/> in a scope acting as <paramref name="user"/>.</summary>
    protected async Task<TResult> AsAsync<T, TResult>(AppUser user, Func<T, Task<TResult>> act) where T : notnull
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await act(scope.ServiceProvider.GetRequiredService<T>());
    }

    protected async Task<Guid> SessionAsync(DateOnly date, string kind = "adhoc")
    {
        var outcome = await AsAsync<CommissionSessions, CommissionOutcome>(Coordinator, s => s.CreateAsync(date, kind));
        Assert.True(outcome.Succeeded, string.Join(" ; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Id!.Value;
    }

    protected async Task<Guid> ProposeAsync(Guid session, Guid person)
    {
        var outcome = await AsAsync<CommissionSessions, CommissionOutcome?>(Referent, s => s.ProposeAsync(session, person, Intakes.Today));
        Assert.True(outcome!.Succeeded, string.Join(" ; ", outcome.Errors.Select(e => e.Message)));
        return outcome.Id!.Value;
    }

    protected async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    protected Task<List<string>> AuditActionsAsync() =>
        ReadAsync(db => db.AuditEvents.OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
}
