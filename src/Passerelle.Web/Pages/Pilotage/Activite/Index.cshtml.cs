using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Activite;

/// <summary>
/// The activity report of the PLIE for any period (issue 6 item 4), in the order and wording of seed 003's « éléments de
/// réalisation du PLIE »: the public, the prescribers, the accompaniment, the barriers, the exits. Each table has its
/// chart; each count links to the people behind it (the same list page as /Pilotage/Parcours); the page prints as the
/// report. Coordinators and directors only: a referent's own figures are on /Pilotage/Parcours.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPathwayStatistics))]
public class IndexModel(PathwayStatistics statistics, ActorContext actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    public DateOnly Today { get; private set; }
    public ActivityReport? Report { get; private set; }
    public bool CanListPeople { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (actor.Role == Role.Referent) return Forbid();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        CanListPeople = Permissions.Has(User, Permission.ReadPersons);
        if (PeriodFilter.Read(From, To, Today.Year, ModelState) is not { } period) return Page();
        Report = await statistics.ActivityAsync(period, Today, ct);
        return Page();
    }

    /// <summary>The same report as an Excel workbook (<see cref="ActivityWorkbook"/>), for the same period.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (actor.Role == Role.Referent) return Forbid();
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (PeriodFilter.Read(From, To, Today.Year, ModelState) is not { } period) return await OnGetAsync(ct);
        if (await statistics.ActivityAsync(period, Today, ct) is not { } report) return NotFound();
        using var buffer = new MemoryStream();
        ActivityWorkbook.Write(report, buffer);
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"rapport-activite-{PeriodFilter.Iso(period.From)}-{PeriodFilter.Iso(period.To)}.xlsx");
    }

    /// <summary>The address of the workbook for the period shown.</summary>
    public string XlsxLink => Report is { } r
        ? $"/Pilotage/Activite?handler=Xlsx&du={PeriodFilter.Iso(r.Pathways.Period.From)}&au={PeriodFilter.Iso(r.Pathways.Period.To)}"
        : "/Pilotage/Activite?handler=Xlsx";

    /// <summary>A count, linked to the people behind it when the user may see them.</summary>
    public IHtmlContent CountLink(string key, int count) =>
        FigureLinks.Html(Report is { } r ? FigureLinks.Href(CanListPeople, key, count, r.Pathways.Period) : null, count);

    public string YearLink(int year) => $"/Pilotage/Activite?du={year}-01-01&au={year}-12-31";
}
