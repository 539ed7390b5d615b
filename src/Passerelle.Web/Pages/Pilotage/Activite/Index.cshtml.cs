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

    /// <summary>A count, linked to the people behind it when the user may see them.</summary>
    public IHtmlContent CountLink(string key, int count) =>
        FigureLinks.Html(Report is { } r ? FigureLinks.Href(CanListPeople, key, count, r.Pathways.Period) : null, count);

    public string YearLink(int year) => $"/Pilotage/Activite?du={year}-01-01&au={year}-12-31";
}
