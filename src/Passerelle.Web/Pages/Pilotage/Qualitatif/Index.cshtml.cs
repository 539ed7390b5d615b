using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Documents;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Core.Reporting.Qualitative;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Qualitatif;

/// <summary>
/// The Bilan qualitatif (seed 000 Annexe 2) for a year: the coordinator's conventions with France Travail and their
/// questionnaire, then the answers of the PLIE the user reads (their own, or the regional scope) per department with the
/// « TOTAL EN % », the total, a chart beside each table, and the argued comments of each convention — on the page and its
/// printed view only: the XLSX and CSV carry the coded answers, never the comments (house rule).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadReports))]
public class IndexModel(BilanQualitatif bilan, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    public string? YearText { get; set; }

    [TempData]
    public string? Status { get; set; }

    public int CurrentYear { get; private set; }
    public int Year { get; private set; }
    public QualitativeReport? Report { get; private set; }
    public IReadOnlyList<QualitativeConvention> Conventions { get; private set; } = [];
    public bool CanAnswer { get; private set; }
    public IEnumerable<int> Years => Enumerable.Range(CurrentYear - 6, 8).Reverse();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ReadAsync("html", ct) is { } failure) return failure;
        CanAnswer = Permissions.Has(User, Permission.ManageExchanges) && User.FindFirst(Claims.OrganisationKind)?.Value == nameof(OrganisationKind.Plie);
        if (CanAnswer && ModelState.IsValid) Conventions = await bilan.ConventionsAsync(Year, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await ReadAsync("xlsx", ct) is { } failure) return failure;
        if (Report is not { } report) return Page();
        using var buffer = new MemoryStream();
        QualitativeFiles.WriteXlsx(report, buffer);
        return File(buffer.ToArray(), XlsxTable.ContentType, $"bilan-qualitatif-{report.Year}.xlsx");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await ReadAsync("csv", ct) is { } failure) return failure;
        if (Report is not { } report) return Page();
        using var buffer = new MemoryStream();
        await QualitativeFiles.WriteCsvAsync(report, buffer, ct);
        return File(buffer.ToArray(), "text/csv; charset=utf-8", $"bilan-qualitatif-{report.Year}.csv");
    }

    private async Task<IActionResult?> ReadAsync(string format, CancellationToken ct)
    {
        CurrentYear = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year;
        Year = CurrentYear - 1;
        if (PeriodFilter.Year(YearText, Year, ModelState) is not { } year) return null;
        Year = year;
        Report = await bilan.ReportAsync(Year, format, ct);
        return Report is null ? Forbid() : null;
    }

    public string Link(string? handler) =>
        "/Pilotage/Qualitatif" + QueryString.Create([
            .. handler is null ? Array.Empty<KeyValuePair<string, string?>>() : [new("handler", handler)],
            new("annee", Year.ToString(CultureInfo.InvariantCulture))]);

    public string FormLink(Guid convention) =>
        "/Pilotage/Qualitatif/Questionnaire" + QueryString.Create(new KeyValuePair<string, string?>[] { new("convention", convention.ToString()), new("annee", Year.ToString(CultureInfo.InvariantCulture)) });
}
