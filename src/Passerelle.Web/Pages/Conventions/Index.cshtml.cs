using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Conventions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Conventions;

/// <summary>The conventions register of the PLIE (issue 5 item 1), with the conventions ending soon or due for review.</summary>
[Authorize(Policy = nameof(Permission.ManageExchanges))]
public class IndexModel(ConventionService conventions, TimeProvider clock) : PageModel
{
    public IReadOnlyList<ConventionListItem> Conventions { get; private set; } = [];
    public IReadOnlyList<ConventionAlert> Alerts { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Conventions = await conventions.ListAsync(ct);
        Alerts = await conventions.AlertsAsync(Today, ct);
    }
}
