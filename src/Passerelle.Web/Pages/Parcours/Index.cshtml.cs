using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;
using Passerelle.Core.Pathways;

namespace Passerelle.Web.Pages.Parcours;

/// <summary>
/// The caseload: a referent's people in pathway with what needs attention today (issue 4 item 2). A referent sees
/// their own people; the other roles that read people choose a referent or see the whole PLIE. Filters and orders
/// are GET parameters (bookmarkable, no JavaScript); each display is audited by <see cref="CaseloadReader"/> (one line
/// naming the people listed).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class IndexModel(CaseloadReader reader, ActorContext actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "referent")]
    public string? Referent { get; set; }

    [BindProperty(SupportsGet = true, Name = "alerte")]
    public string? Alert { get; set; }

    [BindProperty(SupportsGet = true, Name = "situation")]
    public string? Situation { get; set; }

    // No name filter here: the filters travel in the URL (bookmarkable), and names must not (server and proxy logs,
    // browser history). The person search (/Personnes) posts its criteria.

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "sens")]
    public string? Direction { get; set; }

    /// <summary>True for a referent: the page is their own caseload, with no referent to choose.</summary>
    public bool Own { get; private set; }
    public IReadOnlyList<string> Referents { get; private set; } = [];
    public DateOnly Today { get; private set; }
    public int Total { get; private set; }
    public int TotalAlerts { get; private set; }
    public IReadOnlyList<CaseloadEntry> Rows { get; private set; } = [];
    public bool Filtered => !string.IsNullOrEmpty(Alert) || !string.IsNullOrEmpty(Situation);
    public string SortKey => Sort is { } s && CaseloadView.Sorts.ContainsKey(s) ? s : "alertes";

    /// <summary>Alerts first and the newest integrations first read best descending; names and old contacts ascending.</summary>
    public bool Descending => Direction is "desc" || Direction is not "asc" && SortKey is "alertes" or "integration";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Own = actor.Role == Role.Referent;
        if (Own) Referent = User.Identity?.Name;
        else Referents = await reader.ReferentsAsync(ct);
        var all = await reader.ListAsync(string.IsNullOrEmpty(Referent) ? null : Referent, Today, ct);
        Total = all.Count;
        TotalAlerts = all.Sum(r => r.Alerts.Count);
        Rows = CaseloadView.Order(CaseloadView.Filter(all, Alert, Situation), SortKey, Descending);
    }

    /// <summary>This page with the current filters and another order: a column heading's link.</summary>
    public string SortLink(string key)
    {
        var descending = key == SortKey ? !Descending : key is "alertes" or "integration";
        return PageLink(("tri", key), ("sens", descending ? "desc" : "asc"));
    }

    public string? AriaSort(string key) => key == SortKey ? (Descending ? "descending" : "ascending") : null;

    private string PageLink(params (string Name, string? Value)[] extra)
    {
        var values = new List<(string Name, string? Value)>
        {
            ("referent", Own ? null : Referent), ("alerte", Alert), ("situation", Situation),
        };
        values.AddRange(extra);
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value))
            .Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value!)}"));
        return "/Parcours" + (query.Length > 0 ? "?" + query : "");
    }
}
