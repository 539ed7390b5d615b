using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// Absences at information collectives, for France Travail: "pour les absences à convocation, le PLIE informera Pôle
/// emploi de la date de l'absence [...] et de la copie de la convocation" (seed 000 art. 3-4 b); "le PLIE informe [...]
/// Pôle emploi de toute absence à l'information collective des publics convoqués" (002 art. 3). Absent and excused
/// people are both listed, each with its code. The export carries coded values and identifiers only, no name.
/// </summary>
public sealed class AbsenceReport(PasserelleDbContext db, ActorContext actor, AuditLog audit)
{
    public static readonly string[] Columns =
        ["reference_convocation", "date_information_collective", "heure", "organisateur", "presence", "identifiant_france_travail", "reference_personne"];

    /// <summary>The absences of sessions dated in [first, last]; each person listed leaves a "person.absence_list" line.</summary>
    public async Task<IReadOnlyList<AbsenceRow>> ListAsync(DateOnly first, DateOnly last, CancellationToken ct = default)
    {
        var rows = await QueryAsync(first, last, ct);
        foreach (var r in rows) audit.Record("person.absence_list", "person", r.PersonId, actor.PlieId, new { reference = r.Reference });
        if (rows.Count > 0) await db.SaveChangesAsync(ct);
        return rows;
    }

    /// <summary>Writes the CSV of the absences of [first, last]; the export is audited before the first byte leaves.</summary>
    public async Task<int> WriteCsvAsync(DateOnly first, DateOnly last, Stream output, CancellationToken ct = default)
    {
        var rows = await QueryAsync(first, last, ct);
        foreach (var r in rows) audit.Record("person.absence_export", "person", r.PersonId, actor.PlieId, new { reference = r.Reference });
        audit.Record("infosession.absences_export", "plie", actor.PlieId, actor.PlieId, new { from = Iso(first), to = Iso(last), rows = rows.Count });
        await db.SaveChangesAsync(ct);

        await using var writer = new StreamWriter(output, CsvCells.Encoding, leaveOpen: true);
        await writer.WriteAsync(CsvCells.Line(Columns));
        foreach (var r in rows)
            await writer.WriteAsync(CsvCells.Line(r.Reference, Iso(r.Date), r.StartTime.ToString("HH:mm", CultureInfo.InvariantCulture), r.Organiser,
                r.Attendance, r.FranceTravailId, r.PersonRef));
        await writer.FlushAsync(ct);
        return rows.Count;
    }

    private async Task<List<AbsenceRow>> QueryAsync(DateOnly first, DateOnly last, CancellationToken ct) =>
        await (
            from c in db.Convocations.AsNoTracking()
            where c.WithdrawnAt == null && (c.Attendance == InfoSessionCodes.Absent || c.Attendance == InfoSessionCodes.Excused)
            join s in db.InfoSessions on new { c.PlieId, c.SessionId } equals new { s.PlieId, SessionId = s.Id }
            where s.Date >= first && s.Date <= last
            join p in db.Persons on new { c.PlieId, c.PersonId } equals new { p.PlieId, PersonId = p.Id }
            join i in db.PersonIdentities on new { c.PlieId, c.PersonId } equals new { i.PlieId, i.PersonId } into identities
            from i in identities.DefaultIfEmpty()
            orderby s.Date, s.StartTime, c.Reference
            select new AbsenceRow(c.PersonId, c.Reference, s.Date, s.StartTime, s.Organiser, c.Attendance!, p.Ref,
                i == null ? null : i.FranceTravailId, i == null ? null : i.LastName, i == null ? null : i.FirstName))
            .ToListAsync(ct);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
