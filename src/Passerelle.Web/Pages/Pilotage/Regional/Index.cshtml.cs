using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core;
using Passerelle.Core.Documents;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Core.Reporting.Regional;

namespace Passerelle.Web.Pages.Pilotage.Regional;

/// <summary>
/// The regional pilot indicators (seed 000 art. 7, 002 art. 7) of the PLIE in the user's scope (<see cref="RegionalScope"/>)
/// for a civil year: the PLIE-side list (the Bilan quantitatif of each PLIE, Annexe 1's columns) and the France Travail-side
/// list (convoked to information collectives, present, rate, services delivered), per PLIE, per group with subtotals, and
/// in total, each table with its chart; XLSX and CSV downloads. Aggregates only: no figure links to people here.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadRegionalIndicators))]
public class IndexModel(RegionalIndicators indicators, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? YearText { get; set; }

    [BindProperty(SupportsGet = true, Name = "regroupement")]
    public string? Grouping { get; set; }

    public int CurrentYear { get; private set; }
    public int Year { get; private set; }
    public RegionalReport? Report { get; private set; }
    public IEnumerable<int> Years => Enumerable.Range(CurrentYear - 6, 7).Reverse();
    public string GroupingCode => string.IsNullOrEmpty(Grouping) ? RegionalGroupings.Department : Grouping;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ReadAsync("html", ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await ReadAsync("xlsx", ct) is { } failure) return failure;
        if (Report is not { } report) return Page();
        using var buffer = new MemoryStream();
        RegionalFiles.WriteXlsx(report, buffer);
        return File(buffer.ToArray(), XlsxTable.ContentType, $"indicateurs-regionaux-{report.Year}-{report.Grouping}.xlsx");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await ReadAsync("csv", ct) is { } failure) return failure;
        if (Report is not { } report) return Page();
        using var buffer = new MemoryStream();
        await RegionalFiles.WriteCsvAsync(report, buffer, ct);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"indicateurs-regionaux-{report.Year}-{report.Grouping}.csv");
    }

    private async Task<IActionResult?> ReadAsync(string format, CancellationToken ct)
    {
        CurrentYear = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        Year = CurrentYear - 1;
        if (PeriodFilter.Year(YearText, Year, ModelState) is not { } year) return null;
        Year = year;
        try
        {
            Report = await indicators.ComputeAsync(Year, GroupingCode, format, ct);
            return Report is null ? Forbid() : null;
        }
        catch (ValidationException e) when (e.Field == "grouping")
        {
            ModelState.AddModelError("regroupement", "Regroupement : " + e.Message);
            return null;
        }
    }

    public string Link(string? handler) =>
        "/Pilotage/Regional" + QueryString.Create([
            .. handler is null ? Array.Empty<KeyValuePair<string, string?>>() : [new("handler", handler)],
            new("annee", Year.ToString(CultureInfo.InvariantCulture)),
            new("regroupement", GroupingCode)]);
}
