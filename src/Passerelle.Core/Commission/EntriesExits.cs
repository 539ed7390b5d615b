using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.Eligibility;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Tracking;

namespace Passerelle.Core.Commission;

/// <summary>
/// The table of entries and exits of a commission session for France Travail (issue 5 item 5; « Suite aux CGP, le tableau des
/// entrées et sorties est transmis par mail permettant également d'identifier le CPI suivant les parcours », 001 art. 2-4 a;
/// « Date d'intégration et de fin de parcours selon l'attribution du code PNI … Date et motifs de sortie », 000 art. 6).
/// Entries: the integrations decided at the session, with the referent named and the end of the PNI code (integration +
/// the protocol's PNI months, as in the minutes). Exits: the exit facts dated after the PLIE's previous session up to this
/// one, and the atypical exits the session validated. Identification data and coded values in the tracking table's wording
/// (<see cref="TrackingWording"/>: health-related reasons go as « Sortie administrative »), no free text; XLSX (inline
/// strings) or CSV (formula-safe cells), as the tracking table is written.
/// </summary>
public sealed class EntriesExits(PasserelleDbContext db, CommissionSessions sessions, EligibilityService eligibility, AuditLog audit)
{
    public static readonly IReadOnlyList<string> Titles =
    [
        "Mouvement", "Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Date d'intégration",
        "Fin du code PNI", "Référent·e de parcours", "Date de sortie", "Nature et motif de sortie",
    ];

    /// <summary>The session's entries and exits, entries first, each by name; null when the session is not found.</summary>
    public async Task<IReadOnlyList<EntriesExitsLine>?> LinesAsync(Guid sessionId, CancellationToken ct = default)
    {
        if (await sessions.LoadAsync(sessionId, ct) is not { } agenda) return null;
        var session = agenda.Session;
        var months = (await eligibility.ProtocolInForceAsync(session.PlieId, session.Date, ct))?.Definition.Pathway.PniMonths ?? TrackingExports.DefaultPniMonths;
        var previous = await db.CommissionSessions.AsNoTracking().Where(s => s.PlieId == session.PlieId && s.Date < session.Date)
            .OrderByDescending(s => s.Date).Select(s => (DateOnly?)s.Date).FirstOrDefaultAsync(ct);
        var integrated = agenda.Lines.Where(l => l.Item.Decision == CommissionCodes.Integrate).Select(l => l.Item).ToList();
        var validated = agenda.Lines.Where(l => l.Item.Kind == CommissionCodes.AtypicalExit && l.Item.Decision == CommissionCodes.Grant)
            .Select(l => l.Item.FactId).OfType<Guid>().ToList();
        var factIds = integrated.Select(i => i.FactId).OfType<Guid>().ToList();
        var integrations = await db.JourneyEvents.AsNoTracking().OfType<IntegrationEvent>()
            .Where(e => e.PlieId == session.PlieId && factIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var exits = await db.JourneyEvents.AsNoTracking().OfType<ExitEvent>()
            .Where(e => e.PlieId == session.PlieId && (validated.Contains(e.Id) || e.Date <= session.Date && (previous == null || e.Date > previous)))
            .ToListAsync(ct);
        var ids = integrated.Select(i => i.PersonId).Concat(exits.Select(x => x.PersonId)).Distinct().ToList();
        var people = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id)).Include(p => p.Identity).ToDictionaryAsync(p => p.Id, ct);
        var emails = integrated.Select(i => i.Referent).OfType<string>().Select(e => e.ToUpperInvariant()).Distinct().ToList();
        var names = (await db.Users.AsNoTracking().Where(u => u.OrganisationId == session.PlieId && emails.Contains(u.NormalizedEmail!))
                .Select(u => new { u.Email, u.DisplayName }).ToListAsync(ct))
            .Where(u => u.Email is not null)
            .ToDictionary(u => u.Email!, u => string.IsNullOrWhiteSpace(u.DisplayName) ? u.Email! : u.DisplayName, StringComparer.OrdinalIgnoreCase);

        var entries = integrated.Select(i =>
        {
            var date = i.FactId is { } f && integrations.TryGetValue(f, out var fact) ? fact.Date : session.Date;
            var referent = i.Referent is { } r ? names.GetValueOrDefault(r, r) : null;
            var p = people[i.PersonId];
            return new EntriesExitsLine(true, p.Id, p.Ref, p.Identity, date, date.AddMonths(months), referent, null, null);
        });
        var leaving = exits.GroupBy(x => x.PersonId).Select(g => g.MaxBy(x => x.Date)!).Select(x =>
        {
            var p = people[x.PersonId];
            return new EntriesExitsLine(false, p.Id, p.Ref, p.Identity, null, null, null, x.Date, x.Reason);
        });
        return [.. entries.OrderBy(Key, StringComparer.Ordinal), .. leaving.OrderBy(Key, StringComparer.Ordinal)];

        static string Key(EntriesExitsLine l) => (l.Identity?.LastName ?? "") + " " + (l.Identity?.FirstName ?? "") + " " + l.Ref;
    }

    /// <summary>The cells of a line, in <see cref="Titles"/>' order.</summary>
    public static IReadOnlyList<string> Cells(EntriesExitsLine l) =>
    [
        l.Entry ? "Entrée" : "Sortie", l.Ref, l.Identity?.FranceTravailId ?? "", l.Identity?.LastName ?? "", l.Identity?.FirstName ?? "",
        TrackingWording.Date(l.Identity?.BirthDate), TrackingWording.Date(l.IntegrationDate), TrackingWording.Date(l.PniEnd), l.Referent ?? "",
        TrackingWording.Date(l.ExitDate), l.ExitReason is { } r ? TrackingWording.ExitReasons.GetValueOrDefault(r, r) : "",
    ];

    /// <summary>
    /// The session's table as <c>xlsx</c> or <c>csv</c>, audited (<c>commission.entries_exits</c>, the ids listed) before it
    /// leaves; null when the session is not found.
    /// </summary>
    public async Task<(byte[] Content, string FileName, string ContentType)?> FileAsync(Guid sessionId, string format, CancellationToken ct = default)
    {
        if (await LinesAsync(sessionId, ct) is not { } lines) return null;
        var session = await db.CommissionSessions.AsNoTracking().SingleAsync(s => s.Id == sessionId, ct);
        var csv = format == "csv";
        using var buffer = new MemoryStream();
        if (csv)
        {
            using var writer = new StreamWriter(buffer, CsvCells.Encoding, leaveOpen: true);
            writer.Write(CsvCells.Line([.. Titles]));
            foreach (var line in lines) writer.Write(CsvCells.Line([.. Cells(line)]));
        }
        else XlsxTable.Write(buffer, "Entrées et sorties", Titles, lines.Select(Cells));
        await audit.RecordReadAsync("commission.entries_exits", "commission_session", session.Id, session.PlieId,
            new { format = csv ? "csv" : "xlsx", persons = lines.Select(l => l.PersonId.ToString()).Distinct().ToList() }, ct);
        var name = $"entrees-sorties-{session.Kind}-{CommissionText.Iso(session.Date)}.{(csv ? "csv" : "xlsx")}";
        return (buffer.ToArray(), name, csv ? "text/csv; charset=utf-8" : XlsxTable.ContentType);
    }
}
