using System.Text;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.InfoSessions;

/// <summary>
/// Absences at convocations, reportable to France Travail with the date and the convocation (seed 000 art. 3-4 b: "la
/// date de l'absence [...] la copie de la convocation"; 002 art. 3: "toute absence à l'information collective").
/// </summary>
public class AbsenceReportTests : InfoSessionTest
{
    private async Task<(Guid Session, Guid Present, Guid Absent, Guid Excused)> ArrangeAsync(DateOnly day, string karimRef = "CASA-0007")
    {
        var session = await SessionAsync(date: day);
        var p = await ConvokedAsync(session, (await PersonAsync("Awa", "Diallo")).Id);
        var a = await ConvokedAsync(session, (await new PersonBuilder(Plie.Id).Named("Karim", "Benali").WithRef(karimRef).WithFranceTravailId("1234567K").SaveAsync(Db)).Id);
        var e = await ConvokedAsync(session, (await PersonAsync("Inès", "Moreau")).Id);
        await AttendanceAsync(session, (p, InfoSessionCodes.Present), (a, InfoSessionCodes.Absent), (e, InfoSessionCodes.Excused));
        return (session, p, a, e);
    }

    [Fact]
    public async Task The_absences_of_a_period_are_listed_with_date_and_convocation_number_absent_and_excused_alike()
    {
        await ArrangeAsync(SessionDay);
        await ArrangeAsync(SessionDay.AddMonths(-3), "CASA-0003");

        var rows = await AsAsync<IReadOnlyList<AbsenceRow>, AbsenceReport>(r => r.ListAsync(SessionDay.AddDays(-7), SessionDay));

        Assert.Equal(
            [("IC-2025-001-02", InfoSessionCodes.Absent, "CASA-0007", "1234567K"), ("IC-2025-001-03", InfoSessionCodes.Excused, rows[1].PersonRef, rows[1].FranceTravailId)],
            rows.Select(r => (r.Reference, r.Attendance, r.PersonRef, r.FranceTravailId)));
        Assert.All(rows, r => Assert.Equal((SessionDay, "joint"), (r.Date, r.Organiser)));
        Assert.Equal(2, (await AuditAsync("person.absence_list")).Count);
    }

    [Fact]
    public async Task Another_PLIE_sees_none_of_these_absences()
    {
        await ArrangeAsync(SessionDay);
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var stranger = await Seed.UserAsync(Db, "cov", Role.Coordinator);

        var rows = await AsAsync<IReadOnlyList<AbsenceRow>, AbsenceReport>(r => r.ListAsync(SessionDay.AddYears(-1), SessionDay), stranger);

        Assert.Empty(rows);
    }

    [Fact]
    public async Task The_csv_has_coded_values_and_identifiers_only_and_its_export_is_audited()
    {
        await ArrangeAsync(SessionDay);

        using var output = new MemoryStream();
        var count = await AsAsync<int, AbsenceReport>(r => r.WriteCsvAsync(SessionDay, SessionDay, output));

        var bytes = output.ToArray();
        Assert.Equal(CsvCells.Encoding.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, count);
        Assert.Equal("reference_convocation;date_information_collective;heure;organisateur;presence;identifiant_france_travail;reference_personne", lines[0]);
        Assert.Equal("IC-2025-001-02;2025-09-25;09:30;joint;absent;1234567K;CASA-0007", lines[1]);
        Assert.StartsWith("IC-2025-001-03;2025-09-25;09:30;joint;excused;", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Benali", string.Join("\n", lines), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["infosession.absences_export"], await AuditAsync("infosession.absences_export"));
        Assert.Equal(2, (await AuditAsync("person.absence_export")).Count);
        var detail = await ReadAsync(db => db.AuditEvents.Where(a => a.Action == "infosession.absences_export").Select(a => a.Detail).SingleAsync());
        Assert.Equal("""{"from":"2025-09-25","to":"2025-09-25","rows":2}""", detail);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+33612345678", "'+33612345678")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    public async Task A_reference_that_looks_like_a_formula_is_exported_as_text(string personRef, string expectedCell)
    {
        var session = await SessionAsync();
        var person = await new PersonBuilder(Plie.Id).WithRef(personRef).WithFranceTravailId(null).SaveAsync(Db);
        var convocation = await ConvokedAsync(session, person.Id);
        await AttendanceAsync(session, (convocation, InfoSessionCodes.Absent));

        using var output = new MemoryStream();
        await AsAsync<int, AbsenceReport>(r => r.WriteCsvAsync(SessionDay, SessionDay, output));

        var text = Encoding.UTF8.GetString(output.ToArray()[3..]);
        Assert.EndsWith(";absent;;" + expectedCell + "\r\n", text, StringComparison.Ordinal);
    }
}
