using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Documents;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>
/// The yearly « état des demandes adressées à France Travail et des réalisations effectives » (000 art. 6; issue 5 item 5):
/// for the PLIE and a civil year, requests made by kind, realised, refused and pending at the year's end (or today), as a
/// table with its chart, and as XLSX or CSV to send.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
public class DemandesModel(RequestStatement statement, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }
    public DateOnly CutOff { get; private set; }
    public IReadOnlyList<RequestRow> Rows { get; private set; } = [];
    public string? Problem { get; private set; }
    public int CurrentYear => clock.GetLocalNow().Year;

    public async Task OnGetAsync(string? annee, CancellationToken ct)
    {
        Year = ReadYear(annee);
        (Rows, CutOff) = await statement.ComputeAsync(Year, "html", ct);
    }

    public async Task<IActionResult> OnGetExportAsync(string? annee, string? format, CancellationToken ct)
    {
        Year = ReadYear(annee);
        var csv = format == "csv";
        var (rows, _) = await statement.ComputeAsync(Year, csv ? "csv" : "xlsx", ct);
        var name = $"etat-des-demandes-france-travail-{Year}.{(csv ? "csv" : "xlsx")}";
        return csv ? File(RequestStatement.Csv(rows), "text/csv; charset=utf-8", name) : File(RequestStatement.Xlsx(rows), XlsxTable.ContentType, name);
    }

    public StackedBarChart Chart() =>
        new("graphe-etat-demandes", $"Demandes adressées à France Travail en {Year}, par nature et suite donnée", ["Réalisées", "Refusées", "En attente"],
            [.. Rows.Where(r => r.Total > 0).Select(r => new ChartStack(r.Label, [r.Realised, r.Refused, r.Waiting]))]);

    private int ReadYear(string? text)
    {
        var current = clock.GetLocalNow().Year;
        if (string.IsNullOrWhiteSpace(text)) return current;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) && y >= 2000 && y <= current) return y;
        Problem = $"Année : « {text.Trim()} » ne convient pas (une année entre 2000 et {current}) ; voici {current}.";
        return current;
    }
}
