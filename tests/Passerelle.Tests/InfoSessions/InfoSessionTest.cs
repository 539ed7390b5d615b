using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.InfoSessions;

/// <summary>A PLIE "casa" with a coordinator, and helpers to act as them on sessions, convocations and attendance.</summary>
public abstract class InfoSessionTest : DatabaseTest
{
    /// <summary>A past day (attendance is taken from the session's day on), after the builders' referrals (2025, January to July).</summary>
    protected static readonly DateOnly SessionDay = new(2025, 9, 25);

    protected Organisation Plie { get; private set; } = null!;
    protected AppUser Coordinator { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Plie = await Seed.PlieAsync(Db, "casa");
        Coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
    }

    protected Task<Person> PersonAsync(string first = "Awa", string last = "Diallo", Func<DateOnly, List<JourneyEvent>>? events = null) =>
        new PersonBuilder(Plie.Id).Named(first, last).WithEvents(events ?? PersonBuilder.TypicalJourney).SaveAsync(Db);

    protected async Task<T> AsAsync<T, TService>(Func<TService, Task<T>> act, AppUser? user = null) where TService : notnull
    {
        await using var scope = await Db.UserScopeAsync(user ?? Coordinator);
        return await act(scope.ServiceProvider.GetRequiredService<TService>());
    }

    protected async Task<Guid> SessionAsync(int capacity = 25, DateOnly? date = null, string organiser = "joint")
    {
        var outcome = await AsAsync<Outcome, InfoSessionService>(s =>
            s.CreateAsync(new SessionInput(date ?? SessionDay, new TimeOnly(9, 30), "Agence France Travail d'Antibes", organiser, capacity)));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
        return outcome.Id!.Value;
    }

    protected async Task<Outcome> ConvokeAsync(Guid session, Guid person, AppUser? user = null) =>
        (await AsAsync<Outcome?, ConvocationService>(c => c.ConvokeAsync(session, person), user))!;

    protected async Task<Guid> ConvokedAsync(Guid session, Guid person)
    {
        var outcome = await ConvokeAsync(session, person);
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
        return outcome.Id!.Value;
    }

    protected async Task<Outcome> AttendanceAsync(Guid session, params (Guid Convocation, string Code)[] marks) =>
        (await AsAsync<Outcome?, AttendanceRecorder>(a => a.SaveAsync(session, marks.ToDictionary(m => m.Convocation, m => m.Code))))!;

    protected async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    protected Task<List<InfoSessionEvent>> InfoFactsAsync(Guid person) =>
        ReadAsync(db => db.JourneyEvents.OfType<InfoSessionEvent>().Where(e => e.PersonId == person).ToListAsync());

    protected Task<List<string>> AuditAsync(string prefix) =>
        ReadAsync(db => db.AuditEvents.Where(a => a.Action.StartsWith(prefix)).OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
}
