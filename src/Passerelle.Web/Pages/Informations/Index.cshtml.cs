using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>
/// The PLIE's information collectives: the coming ones with their fill level, and the recent ones with their attendance
/// (those whose attendance is still to be taken first catch the eye). Counts only: no personal data on this page.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class IndexModel(InfoSessionService sessions, TimeProvider clock) : PageModel
{
    /// <summary>How far back the page shows past sessions.</summary>
    public const int PastMonths = 3;

    public DateOnly Today { get; private set; }
    public IReadOnlyList<SessionSummary> Upcoming { get; private set; } = [];
    public IReadOnlyList<SessionSummary> Past { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var all = await sessions.ListAsync(Today.AddMonths(-PastMonths), Today.AddYears(2), ct);
        Upcoming = [.. all.Where(s => s.Date >= Today)];
        Past = [.. all.Where(s => s.Date < Today).Reverse()];
    }
}
