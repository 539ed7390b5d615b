using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Commission;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Commission;

/// <summary>
/// The integration commission of the PLIE: its sessions (CISP, CGP, ad hoc, or validation by list where the protocol has
/// no commission validating integrations), the protocol's quotas measured on the year for the coordination, and, for
/// those who run the commission, the opening of a session.
/// </summary>
[Authorize(Policy = nameof(Permission.ReadPersons))]
public class IndexModel(CommissionSessions sessions, QuotaReader quotas, EligibilityService eligibility, ActorContext actor, TimeProvider clock) : PageModel
{
    public const string Prefix = "Seance";

    [BindProperty] public SessionInput Seance { get; set; } = new();

    public IReadOnlyList<SessionSummary> Sessions { get; private set; } = [];
    public IReadOnlyList<QuotaStatus> Quotas { get; private set; } = [];
    public Passerelle.Core.Protocols.Commission? Protocol { get; private set; }
    public bool CanRun => Permissions.Has(User, Permission.RunCommission);
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Seance = new SessionInput { Date = CommissionForms.Iso(Today), Kind = Protocol is { } p ? CommissionCodes.DefaultKind(p) : CommissionCodes.List };
    }

    public async Task<IActionResult> OnPostCreerAsync(CancellationToken ct)
    {
        if (!CanRun) return Forbid();
        ModelState.Clear();
        var date = CommissionForms.Date(ModelState, $"{Prefix}.Date", Seance.Date, required: true);
        if (date is { } d)
        {
            var outcome = await sessions.CreateAsync(d, Seance.Kind, ct);
            if (outcome.Succeeded)
            {
                TempData["Statut"] = $"Séance du {FrenchDates.Format(d)} ouverte : les référents peuvent y inscrire les demandes d'intégration.";
                return RedirectToPage("Seance", new { id = outcome.Id });
            }
            CommissionForms.AddErrors(ModelState, Prefix, outcome.Errors);
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sessions = await sessions.ListAsync(ct);
        if (actor.PlieId is { } plieId)
            Protocol = (await eligibility.ProtocolInForceAsync(plieId, Today, ct))?.Definition.Commission;
        if (CanRun) Quotas = await quotas.ForYearAsync(Today.Year, Today, ct);
    }

    public string KindLabel(string kind) => kind != CommissionCodes.List && Protocol is { } p && CommissionCodes.DefaultKind(p) == kind
        ? p.Name
        : CommissionCodes.Label(CommissionCodes.SessionKinds, kind);

    public sealed class SessionInput
    {
        [Display(Name = "Date de la séance")] public string? Date { get; set; }
        [Display(Name = "Type de séance")] public string? Kind { get; set; }
    }
}
