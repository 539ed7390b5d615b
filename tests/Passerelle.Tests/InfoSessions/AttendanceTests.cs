using Microsoft.EntityFrameworkCore;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.InfoSessions;

/// <summary>
/// Attendance saved once for the list: exactly one info_session fact (contract §4.1: date, organiser, attended) per
/// convocation, under the import's rules; saving again revises it, never duplicates it.
/// </summary>
public class AttendanceTests : InfoSessionTest
{
    [Fact]
    public async Task Saving_attendance_records_one_info_session_fact_per_convocation_with_the_session_date_and_organiser()
    {
        var session = await SessionAsync(organiser: "france_travail");
        var awa = await PersonAsync("Awa", "Diallo");
        var karim = await PersonAsync("Karim", "Benali");
        var ines = await PersonAsync("Inès", "Moreau");
        var a = await ConvokedAsync(session, awa.Id);
        var k = await ConvokedAsync(session, karim.Id);
        var i = await ConvokedAsync(session, ines.Id);

        var outcome = await AttendanceAsync(session, (a, InfoSessionCodes.Present), (k, InfoSessionCodes.Absent), (i, InfoSessionCodes.Excused));

        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors));
        foreach (var (person, convocation, attended) in new[] { (awa, a, true), (karim, k, false), (ines, i, false) })
        {
            var fact = Assert.Single(await InfoFactsAsync(person.Id));
            Assert.Equal((SessionDay, "france_travail", attended), (fact.Date, fact.Organiser, fact.Attended));
            Assert.Equal(fact.Id, await ReadAsync(db => db.Convocations.Where(c => c.Id == convocation).Select(c => c.EventId).SingleAsync()));
            // Appended after the recorded facts, as the person page would.
            Assert.Equal(person.Events.Max(e => e.Seq) + 1, fact.Seq);
        }
        Assert.Equal(["infosession.attendance"], await AuditAsync("infosession.attendance"));
        Assert.Equal(3, (await AuditAsync("person.fact.add")).Count);
    }

    [Fact]
    public async Task Saving_again_revises_the_same_fact_and_an_unchanged_answer_writes_nothing()
    {
        var session = await SessionAsync();
        var awa = await PersonAsync();
        var karim = await PersonAsync("Karim", "Benali");
        var a = await ConvokedAsync(session, awa.Id);
        var k = await ConvokedAsync(session, karim.Id);
        await AttendanceAsync(session, (a, InfoSessionCodes.Present), (k, InfoSessionCodes.Absent));
        var before = Assert.Single(await InfoFactsAsync(awa.Id));

        await AttendanceAsync(session, (a, InfoSessionCodes.Present), (k, InfoSessionCodes.Absent));
        var again = await AttendanceAsync(session, (a, InfoSessionCodes.Excused), (k, InfoSessionCodes.Absent));

        Assert.True(again.Succeeded);
        var after = Assert.Single(await InfoFactsAsync(awa.Id));
        Assert.Equal((before.Id, before.Seq, false), (after.Id, after.Seq, after.Attended));
        Assert.Single(await InfoFactsAsync(karim.Id));
        Assert.Equal(["person.fact.add", "person.fact.add", "person.fact.update"], await AuditAsync("person.fact"));
        Assert.Equal(InfoSessionCodes.Excused, await ReadAsync(db => db.Convocations.Where(c => c.Id == a).Select(c => c.Attendance).SingleAsync()));
    }

    [Fact]
    public async Task Unmarked_lines_are_left_for_later_and_marked_later_without_touching_the_others()
    {
        var session = await SessionAsync();
        var awa = await PersonAsync();
        var karim = await PersonAsync("Karim", "Benali");
        var a = await ConvokedAsync(session, awa.Id);
        var k = await ConvokedAsync(session, karim.Id);

        await AttendanceAsync(session, (a, InfoSessionCodes.Present));
        Assert.Empty(await InfoFactsAsync(karim.Id));
        await AttendanceAsync(session, (k, InfoSessionCodes.Absent));

        Assert.Single(await InfoFactsAsync(awa.Id));
        Assert.False(Assert.Single(await InfoFactsAsync(karim.Id)).Attended);
    }

    [Fact]
    public async Task A_fact_removed_by_a_later_import_is_recorded_again_not_lost()
    {
        var session = await SessionAsync();
        var awa = await PersonAsync();
        var a = await ConvokedAsync(session, awa.Id);
        await AttendanceAsync(session, (a, InfoSessionCodes.Present));
        // An import replacing the journey drops the fact; the convocation still points at it.
        await ReadAsync(db => db.JourneyEvents.OfType<InfoSessionEvent>().ExecuteDeleteAsync());

        await AttendanceAsync(session, (a, InfoSessionCodes.Present));

        var fact = Assert.Single(await InfoFactsAsync(awa.Id));
        Assert.Equal(fact.Id, await ReadAsync(db => db.Convocations.Select(c => c.EventId).SingleAsync()));
    }

    [Fact]
    public async Task Attendance_of_a_coming_session_is_refused()
    {
        var tomorrow = DateOnly.FromDateTime(DateTime.Now).AddDays(1);
        var session = await SessionAsync(date: tomorrow);
        var a = await ConvokedAsync(session, (await PersonAsync()).Id);

        var outcome = await AttendanceAsync(session, (a, InfoSessionCodes.Present));

        Assert.Equal($"La présence se saisit à partir du jour de l'information collective (le {tomorrow:dd/MM/yyyy}).", Assert.Single(outcome.Errors).Message);
        Assert.Equal(0, await ReadAsync(db => db.JourneyEvents.OfType<InfoSessionEvent>().CountAsync()));
    }

    [Fact]
    public async Task One_line_refused_by_the_import_rules_and_nothing_is_written()
    {
        var session = await SessionAsync();
        var awa = await PersonAsync();
        var karim = await PersonAsync("Karim", "Benali");
        var a = await ConvokedAsync(session, awa.Id);
        var k = await ConvokedAsync(session, karim.Id);
        // Karim's exit is recorded, dated before the session, after he was convoked.
        await ReadAsync(async db =>
        {
            db.JourneyEvents.Add(new ExitEvent { PlieId = Plie.Id, PersonId = karim.Id, Seq = 99, Date = SessionDay.AddDays(-1), Reason = "moved", RecordedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var outcome = await AttendanceAsync(session, (a, InfoSessionCodes.Present), (k, InfoSessionCodes.Absent));

        Assert.Equal(k.ToString(), Assert.Single(outcome.Errors).Field);
        Assert.StartsWith("IC-2025-001-02 : événement « info_session » daté après la sortie", outcome.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, await ReadAsync(db => db.JourneyEvents.OfType<InfoSessionEvent>().CountAsync()));
        Assert.Equal(0, await ReadAsync(db => db.Convocations.CountAsync(c => c.Attendance != null)));
        Assert.Empty(await AuditAsync("person.fact"));
        Assert.Empty(await AuditAsync("infosession.attendance"));
    }

    [Fact]
    public async Task An_unknown_code_is_refused_on_its_line()
    {
        var session = await SessionAsync();
        var a = await ConvokedAsync(session, (await PersonAsync()).Id);

        var outcome = await AttendanceAsync(session, (a, "maybe"));

        Assert.Equal("IC-2025-001-01 : choisissez présent·e, absent·e ou excusé·e.", Assert.Single(outcome.Errors).Message);
    }
}
