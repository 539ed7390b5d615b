using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// "Mes orientations": the people the user's organisation referred, with the status of each referral read from the
/// journey facts, and nothing else of the PLIE (no person page, no other fact). Read by <see cref="ReferralReader"/>,
/// restricted to the organisation's code and audited. The period is a query parameter (no personal data in URLs).
/// </summary>
[Authorize(Policy = nameof(Permission.ReferPersons))]
public class IndexModel(PasserelleDbContext db, ActorContext actor, ReferralReader reader, TimeProvider clock) : PageModel
{
    public static readonly IReadOnlyList<(string Code, string Label, int? Months)> Periods =
    [
        ("3", "3 derniers mois", 3),
        ("12", "12 derniers mois", 12),
        ("tout", "Toutes", null),
    ];

    public string Periode { get; private set; } = "12";
    public string OrganisationName { get; private set; } = "";
    public IReadOnlyList<ReferralListItem> Referrals { get; private set; } = [];

    public async Task OnGetAsync(string? periode, CancellationToken ct)
    {
        var period = Periods.FirstOrDefault(p => p.Code == periode);
        if (period.Code is null) period = Periods[1];
        Periode = period.Code;
        OrganisationName = await db.Organisations.AsNoTracking().Where(o => o.Id == actor.OrganisationId).Select(o => o.Name).SingleOrDefaultAsync(ct) ?? "";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Referrals = await reader.ListAsync(period.Months is { } m ? today.AddMonths(-m) : null, ct);
    }

    /// <summary>"5 orientations (Orienté·e : 2, Intégré·e : 3)", for the line above the table.</summary>
    public string Summary()
    {
        var parts = Referrals.GroupBy(r => r.Status.Stage).OrderBy(g => g.Key).Select(g => $"{g.First().Status.Label} : {g.Count()}");
        return $"{Referrals.Count} orientation{(Referrals.Count > 1 ? "s" : "")} ({string.Join(", ", parts)})";
    }
}
