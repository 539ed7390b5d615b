using Microsoft.EntityFrameworkCore;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.InfoSessions;

/// <summary>Programming information collectives (seed 001 art. 2-2, 000 art. 3-4, 002 art. 3), on SQLite and PostgreSQL.</summary>
public class SessionTests : InfoSessionTest
{
    public static TheoryData<SessionInput, string, string> Refused => new()
    {
        { new SessionInput(null, new(9, 30), "Agence", "joint", 25), "date", "indiquez le jour" },
        { new SessionInput(new(2025, 9, 25), null, "Agence", "joint", 25), "heure", "heure de début" },
        { new SessionInput(new(2025, 9, 25), new(9, 30), "  ", "joint", 25), "lieu", "indiquez où" },
        { new SessionInput(new(2025, 9, 25), new(9, 30), new string('x', 81), "joint", 25), "lieu", "80 caractères au plus" },
        { new SessionInput(new(2025, 9, 25), new(9, 30), "Agence\tAntibes", "joint", 25), "lieu", "sans tabulation" },
        // Contract §4.1: the organiser is france_travail, plie or joint.
        { new SessionInput(new(2025, 9, 25), new(9, 30), "Agence", "pole_emploi", 25), "organisateur", "France Travail, le PLIE ou une co-animation" },
        { new SessionInput(new(2025, 9, 25), new(9, 30), "Agence", "joint", 0), "capacite", "entre 1 et 500" },
        { new SessionInput(new(2025, 9, 25), new(9, 30), "Agence", "joint", null), "capacite", "nombre de places" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_session_missing_a_field_is_refused_on_that_field_and_nothing_is_written(SessionInput input, string field, string message)
    {
        var outcome = await AsAsync<Outcome, InfoSessionService>(s => s.CreateAsync(input));

        var error = Assert.Single(outcome.Errors);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.InfoSessions.CountAsync()));
        Assert.Empty(await AuditAsync("infosession"));
    }

    [Fact]
    public async Task Every_problem_is_reported_at_once()
    {
        var outcome = await AsAsync<Outcome, InfoSessionService>(s => s.CreateAsync(new SessionInput(null, null, null, null, null)));

        Assert.Equal(["date", "heure", "lieu", "organisateur", "capacite"], outcome.Errors.Select(e => e.Field));
    }

    [Fact]
    public async Task Sessions_are_numbered_per_year_and_tenant_owned()
    {
        var first = await SessionAsync(date: new(2025, 9, 25));
        var second = await SessionAsync(date: new(2025, 10, 30));
        var nextYear = await SessionAsync(date: new(2026, 1, 29));
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var covCoordinator = await Seed.UserAsync(Db, "cov", Role.Coordinator);
        var cov = await AsAsync<Outcome, InfoSessionService>(s => s.CreateAsync(new SessionInput(new(2025, 9, 25), new(14, 0), "Agence d'Orly", "joint", 30)), covCoordinator);

        var codes = await ReadAsync(db => db.InfoSessions.OrderBy(s => s.Date).ThenBy(s => s.Place).Select(s => new { s.Id, s.PlieId, s.Year, s.Number }).ToListAsync());
        Assert.Equal(["IC-2025-001", "IC-2025-001", "IC-2025-002", "IC-2026-001"],
            codes.Select(c => InfoSessionCodes.SessionCode(c.Year, c.Number)));
        Assert.Equal(Plie.Id, codes.Single(c => c.Id == nextYear).PlieId);
        Assert.NotEqual(Plie.Id, codes.Single(c => c.Id == cov.Id).PlieId);
        Assert.Null(await AsAsync<SessionDetail?, InfoSessionService>(s => s.GetAsync(first), covCoordinator));
        Assert.Null(await AsAsync<Outcome?, InfoSessionService>(s => s.UpdateAsync(second, new SessionInput(new(2025, 9, 25), new(9, 0), "x", "plie", 5)), covCoordinator));
        var listed = await AsAsync<IReadOnlyList<SessionSummary>, InfoSessionService>(s => s.ListAsync(new(2025, 1, 1), new(2026, 12, 31)), covCoordinator);
        Assert.Equal([cov.Id!.Value], listed.Select(s => s.Id));
    }

    [Fact]
    public async Task The_capacity_never_goes_below_the_people_convoked_and_day_and_organiser_stay_once_attendance_is_taken()
    {
        var session = await SessionAsync(capacity: 3);
        var a = await ConvokedAsync(session, (await PersonAsync()).Id);
        await ConvokedAsync(session, (await PersonAsync("Karim", "Benali")).Id);
        await AttendanceAsync(session, (a, InfoSessionCodes.Present));

        var outcome = await AsAsync<Outcome?, InfoSessionService>(s => s.UpdateAsync(session, new SessionInput(SessionDay.AddDays(1), new(10, 0), "Mairie", "plie", 1)));

        Assert.Equal(["capacite", "date", "organisateur"], outcome!.Errors.Select(e => e.Field).Order());
        Assert.Contains("2 personnes sont déjà convoquées", outcome.Errors.Single(e => e.Field == "capacite").Message, StringComparison.Ordinal);
        var changed = await AsAsync<Outcome?, InfoSessionService>(s => s.UpdateAsync(session, new SessionInput(SessionDay, new(10, 0), "Mairie", "joint", 2)));
        Assert.True(changed!.Succeeded);
        Assert.Equal((new TimeOnly(10, 0), "Mairie", 2), await ReadAsync(async db =>
        {
            var s = await db.InfoSessions.SingleAsync();
            return (s.StartTime, s.Place, s.Capacity);
        }));
    }
}
