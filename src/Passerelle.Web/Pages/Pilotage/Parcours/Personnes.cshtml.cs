using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Pilotage.Parcours;

/// <summary>
/// The people behind one figure of /Pilotage/Parcours (same period, same referent), by name, each a link to their
/// page. Needs both permissions: the figures, and reading people. The key is codes only; every person listed leaves a
/// <c>person.statistics</c> audit line (<see cref="PathwayStatistics.PeopleAsync"/>).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPathwayStatistics))]
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class PersonnesModel(PathwayStatistics statistics, ActorContext actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "cle")]
    public string? Key { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "referent")]
    public Guid? Referent { get; set; }

    public string Description { get; private set; } = "";
    public ReportPeriod Period { get; private set; }
    public IReadOnlyList<PersonListed> People { get; private set; } = [];
    public string BackLink { get; private set; } = "/Pilotage/Parcours";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (PeriodFilter.Read(From, To, today.Year, ModelState) is not { } period || Key is null
            || FigureDescriptions.Of(Key, period.AsOf(today)) is not { } description)
            return NotFound();
        var referent = actor.Role == Role.Referent ? null : Referent;
        if (await statistics.PeopleAsync(period, referent, Key, today, ct) is not { } people) return NotFound();
        (Period, Description, People) = (period, description, people);
        var query = new List<KeyValuePair<string, string?>> { new("du", PeriodFilter.Iso(period.From)), new("au", PeriodFilter.Iso(period.To)) };
        if (referent is { } r) query.Add(new("referent", r.ToString()));
        BackLink = "/Pilotage/Parcours" + QueryString.Create(query);
        return Page();
    }
}
