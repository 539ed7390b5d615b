using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Bilan;

/// <summary>
/// The Bilan quantitatif of the user's PLIE (seed 000 art. 7 and Annexe 1; contract §6) for a civil year (the previous one
/// by default: it is sent before 30 April of the next year): a table of the annex's columns with a column for the total of
/// France Travail's referrals and one per agency (or the agency chosen), its charts beside it, the CSV, XLSX and JSON
/// downloads (the same figures as `./passerelle report bilan-quantitatif`). Each figure links to the people behind it for
/// those who read people. Filters are GET parameters with codes only; errors name the field.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadReports))]
public class IndexModel(BilanQuantitatif bilan, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "agence")]
    public string? AgencyText { get; set; }

    public int CurrentYear { get; private set; }
    public int Year { get; private set; }
    public BilanReport? Report { get; private set; }
    /// <summary>The agencies of the year, for the selector (from the full report, whatever is shown).</summary>
    public IReadOnlyList<BilanTable> AgencyOptions { get; private set; } = [];
    /// <summary>The tables shown side by side: the total and each agency, or the agency chosen.</summary>
    public IReadOnlyList<BilanTable> Shown { get; private set; } = [];
    public string? Agency => BilanLinks.Agency(AgencyText);
    public bool CanListPeople { get; private set; }

    public IEnumerable<int> Years => Enumerable.Range(CurrentYear - 6, 7).Reverse();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadAsync("html", forPage: true, ct) is { } failure) return failure;
        CanListPeople = Permissions.Has(User, Permission.ReadPersons);
        return Page();
    }

    public Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => DownloadAsync("csv", "text/csv; charset=utf-8", ct);

    public Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) =>
        DownloadAsync("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ct);

    public Task<IActionResult> OnGetJsonAsync(CancellationToken ct) => DownloadAsync("json", "application/json", ct);

    private async Task<IActionResult> DownloadAsync(string format, string contentType, CancellationToken ct)
    {
        if (await ReadAsync(format, forPage: false, ct) is { } failure) return failure;
        if (!ModelState.IsValid || Report is not { } report) return Page();
        // The file holds the table asked for: the total then each agency, or the agency chosen alone (as the CLI's --agency).
        using var buffer = new MemoryStream();
        switch (format)
        {
            case "csv": await BilanCsv.WriteAsync(report, buffer, ct); break;
            case "json": await BilanJson.WriteAsync(report, buffer, ct); break;
            default: BilanXlsx.Write(report, buffer); break;
        }
        var scope = Agency is null ? "" : "-" + (Agency.Length == 0 ? "sans-agence" : Agency);
        return File(buffer.ToArray(), contentType, $"bilan-quantitatif-{report.Plie}-{report.Year}{scope}.{format}");
    }

    /// <summary>
    /// Reads the filters and the report; a result to return at once (a missing PLIE), or null. The page reads the whole
    /// report (its agencies fill the selector); a download reads the table asked for, as the CLI does.
    /// </summary>
    private async Task<IActionResult?> ReadAsync(string format, bool forPage, CancellationToken ct)
    {
        CurrentYear = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        if (await bilan.PlieAsync(null, ct) is not { } plie) return NotFound();
        Year = CurrentYear - 1;
        if (PeriodFilter.Year(YearText, Year, ModelState) is not { } year) return null;
        Year = year;
        try
        {
            if (!forPage)
            {
                Report = await bilan.ComputeAsync(plie, Year, Agency, format, ct);
                return null;
            }
            var full = await bilan.ComputeAsync(plie, Year, null, format, ct);
            AgencyOptions = full.Agencies;
            if (Agency is null) (Report, Shown) = (full, [full.Main, .. full.Agencies]);
            else
            {
                // An agency without facts this year is checked by the calculator (a code no referral nor agency bears is refused).
                var table = full.Agencies.FirstOrDefault(a => a.Agency == Agency) ?? (await bilan.ComputeAsync(plie, Year, Agency, format, ct)).Main;
                (Report, Shown) = (full, [table]);
            }
        }
        catch (ValidationException e)
        {
            ModelState.AddModelError(e.Field == "agency" ? "agence" : "annee", (e.Field == "agency" ? "Agence : " : "Année : ") + e.Message);
        }
        return null;
    }

    /// <summary>A figure of a table, linked to the people behind it when the user may see them (a rate: its numerator's).</summary>
    public IHtmlContent Figure(BilanTable table, BilanColumn column, string? reason = null)
    {
        var value = reason is null ? table.Figures.Value(column.Key) : table.Figures.Col13.GetValueOrDefault(reason);
        var text = WebUtility.HtmlEncode(BilanText.Of(value));
        var key = reason is null ? column.PeopleKey : BilanColumns.ReasonKey(reason);
        var people = column.IsRate ? table.Figures.Value(column.PeopleKey) as int? : value as int?;
        if (!CanListPeople || people is null or 0) return new HtmlString(text);
        var hint = column.IsRate ? $" (voir les {people} personnes de la colonne {column.Numerator![3..]})" : " (voir les personnes)";
        var href = BilanLinks.People(Year, column.Key is "col14" or "col15" or "col16" ? null : table.Agency, key);
        return new HtmlString($"<a href=\"{WebUtility.HtmlEncode(href)}\">{text}<span class=\"visually-hidden\">{WebUtility.HtmlEncode(hint)}</span></a>");
    }

    /// <summary>The reasons of column 13 with at least one exit in a table shown.</summary>
    public IReadOnlyList<string> Reasons => [.. BilanColumns.ExitReasons.Where(r => Shown.Any(t => t.Figures.Col13.ContainsKey(r)))];
}
