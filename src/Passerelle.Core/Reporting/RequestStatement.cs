using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Documents;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Core.Reporting;

/// <summary>
/// The yearly « état des demandes adressées à Pôle emploi et … des réalisations effectives d'une prestation, aide, mesure et
/// action de formation » (000 art. 6; 002 art. 6: « un état des réalisations effectives »), for the actor's PLIE and a civil
/// year: for each kind of request (<see cref="Codes.RequestKinds"/>), the requests made in the year (their date) and what
/// became of them by the end of the year, or today while the year runs (<see cref="CutOff"/>): realised, refused, or still
/// pending. Read from the request facts only; XLSX and CSV with coded labels, formula-safe.
/// </summary>
public sealed class RequestStatement(PasserelleDbContext db, ActorContext actor, AuditLog audit, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> Titles = ["Code", "Nature de la demande", "Demandes", "Réalisées", "Refusées", "En attente"];

    /// <summary>The day answers are counted up to: the year's last day, or today while the year is not over.</summary>
    public static DateOnly CutOff(int year, DateOnly today) => today.Year > year ? new DateOnly(year, 12, 31) : today;

    /// <summary>The rows, one per kind in the catalogue's order (zeros included), from <paramref name="requests"/> of any date.</summary>
    public static IReadOnlyList<RequestRow> Rows(IEnumerable<RequestEvent> requests, int year, DateOnly cutOff)
    {
        var made = requests.Where(r => r.Date.Year == year && r.Date <= cutOff).ToList();
        string Fate(RequestEvent r) => r.Outcome is { } o && r.OutcomeDate is { } on && on <= cutOff ? o : "pending";
        return [.. Codes.RequestKinds.Select(k =>
        {
            var of = made.Where(r => r.Kind == k.Key).Select(Fate).ToList();
            return new RequestRow(k.Key, k.Value, of.Count(f => f == "realised"), of.Count(f => f == "refused"), of.Count(f => f == "pending"));
        })];
    }

    /// <summary>The actor's PLIE's statement for <paramref name="year"/>, audited (<c>report.requests.view</c>, counts only).</summary>
    public async Task<(IReadOnlyList<RequestRow> Rows, DateOnly CutOff)> ComputeAsync(int year, string format, CancellationToken ct = default)
    {
        if (actor.PlieId is not { } plieId) return ([], new DateOnly(year, 12, 31));
        var cutOff = CutOff(year, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var requests = await db.JourneyEvents.AsNoTracking().OfType<RequestEvent>()
            .Where(r => r.PlieId == plieId && r.Date >= from && r.Date <= to).ToListAsync(ct);
        await audit.RecordReadAsync("report.requests.view", "plie", plieId, plieId, new { year, format }, ct);
        return (Rows(requests, year, cutOff), cutOff);
    }

    /// <summary>The rows as cells, with a total line.</summary>
    public static IEnumerable<IReadOnlyList<string>> Cells(IReadOnlyList<RequestRow> rows) =>
        rows.Select(r => (IReadOnlyList<string>)[r.Kind, r.Label, N(r.Total), N(r.Realised), N(r.Refused), N(r.Waiting)])
            .Append(["total", "Total", N(rows.Sum(r => r.Total)), N(rows.Sum(r => r.Realised)), N(rows.Sum(r => r.Refused)), N(rows.Sum(r => r.Waiting))]);

    public static byte[] Xlsx(IReadOnlyList<RequestRow> rows)
    {
        using var buffer = new MemoryStream();
        XlsxTable.Write(buffer, "Demandes France Travail", Titles, Cells(rows));
        return buffer.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<RequestRow> rows)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, CsvCells.Encoding, leaveOpen: true))
        {
            writer.Write(CsvCells.Line([.. Titles]));
            foreach (var row in Cells(rows)) writer.Write(CsvCells.Line([.. row]));
        }
        return buffer.ToArray();
    }

    private static string N(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
