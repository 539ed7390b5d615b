using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>
/// Absences at convocations over a period, to report to France Travail with the convocation number (seed 000 art. 3-4 b,
/// 002 art. 3); the CSV carries coded values and identifiers only, protected against formula injection, audited.
/// The period travels in the URL (dates only, no personal data).
/// </summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class AbsencesModel(AbsenceReport report, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "du")] public string? Du { get; set; }
    [BindProperty(SupportsGet = true, Name = "au")] public string? Au { get; set; }

    public DateOnly First { get; private set; }
    public DateOnly Last { get; private set; }
    public IReadOnlyList<AbsenceRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!ReadPeriod()) return Page();
        Rows = await report.ListAsync(First, Last, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (!ReadPeriod()) return Page();
        var name = string.Create(CultureInfo.InvariantCulture, $"absences-informations-collectives-{First:yyyy-MM-dd}-{Last:yyyy-MM-dd}.csv");
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        Response.Headers.CacheControl = "no-store";
        await report.WriteCsvAsync(First, Last, Response.Body, ct);
        return new EmptyResult();
    }

    public string Query => $"du={First:yyyy-MM-dd}&au={Last:yyyy-MM-dd}";

    /// <summary>The period typed, or by default the previous month and the current one (monthly reporting, 000 art. 6).</summary>
    private bool ReadPeriod()
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        First = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        Last = today;
        if (!string.IsNullOrWhiteSpace(Du))
        {
            if (FrenchDates.TryParse(Du, out var d)) First = d;
            else ModelState.AddModelError("du", $"Du : date mal écrite « {Du.Trim()} » (jj/mm/aaaa).");
        }
        if (!string.IsNullOrWhiteSpace(Au))
        {
            if (FrenchDates.TryParse(Au, out var a)) Last = a;
            else ModelState.AddModelError("au", $"Au : date mal écrite « {Au.Trim()} » (jj/mm/aaaa).");
        }
        if (ModelState.IsValid && Last < First) ModelState.AddModelError("au", "Au : la fin de la période précède son début.");
        if (ModelState.IsValid && Last.DayNumber - First.DayNumber > 366) ModelState.AddModelError("au", "Au : une période d'un an au plus.");
        return ModelState.IsValid;
    }
}
