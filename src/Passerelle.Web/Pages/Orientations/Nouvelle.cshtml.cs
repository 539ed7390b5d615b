using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referentials;
using Passerelle.Core.Referrals;

namespace Passerelle.Web.Pages.Orientations;

/// <summary>
/// The online fiche de liaison (issue 3 item 1; 000 art. 3-4 a, 001 annex 2: "formulaire en ligne"). Two steps that need
/// no script: the PLIE (<c>?plie=CODE</c>, skipped when the instance has one), then the coded fields with the notice of
/// that PLIE's convention. Suspected duplicates come back on the same form with a choice (same person: attach; another
/// person: send anyway) and nothing is sent until the sender chooses. Sent: post/redirect/get to the printable fiche.
/// </summary>
[Authorize(Policy = nameof(Permission.ReferPersons))]
public class NouvelleModel(PasserelleDbContext db, ActorContext actor, ReferralService service, ReferralReader reader, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "plie")] public string? PlieCode { get; set; }
    [BindProperty] public ReferralInput Input { get; set; } = new();

    public IReadOnlyList<Organisation> Plies { get; private set; } = [];
    public Organisation? Plie { get; private set; }
    public Organisation Sender { get; private set; } = null!;
    public IReadOnlyList<string> PrescriberKindChoices { get; private set; } = [];
    public IReadOnlyList<Commune> Territory { get; private set; } = [];
    public ReferralNotice? Notice { get; private set; }
    public DuplicateReport? Duplicates { get; private set; }
    public string Today => Iso(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input.Date = Today;
        Input.PrescriberKind = PrescriberKindChoices.FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        if (Plie is null) return Page();
        var request = ReferralForm.ToRequest(Plie.Code, Input, ModelState);
        if (!ModelState.IsValid)
        {
            ReferralForm.AddErrors(ModelState, Input, await service.CheckAsync(request, ct));
            return Page();
        }
        var outcome = await service.ReferAsync(request, ct);
        switch (outcome.Kind)
        {
            case ReferralOutcomeKind.Recorded:
                TempData["Statut"] = outcome.Attached
                    ? $"Fiche de liaison envoyée au {Plie.Name} et rattachée à la personne qu'il connaissait déjà."
                    : $"Fiche de liaison envoyée au {Plie.Name}.";
                return RedirectToPage("Fiche", new { id = outcome.ReferralId });
            case ReferralOutcomeKind.DuplicatesSuspected:
                Duplicates = outcome.Duplicates;
                Input.Doublon = null;
                Input.Verifie = ReferralForm.IdentityKey(Plie.Code, Input);
                return Page();
            default:
                ReferralForm.AddErrors(ModelState, Input, outcome.Errors);
                return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Sender = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == actor.OrganisationId, ct);
        PrescriberKindChoices = PrescriberKinds.For(Sender.Kind);
        Plies = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Plie).OrderBy(o => o.Name).ToListAsync(ct);
        Plie = Plies.Count == 1 ? Plies[0] : Plies.SingleOrDefault(p => p.Code == PlieCode);
        if (Plie is null) return;
        PlieCode = Plie.Code;
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Territory = await reader.TerritoryAsync(Plie.Code, today, ct);
        var kind = PrescriberKindChoices.Contains(Input.PrescriberKind ?? "") ? Input.PrescriberKind! : PrescriberKindChoices.FirstOrDefault() ?? "other";
        Notice = await reader.NoticeAsync(Plie.Code, Sender.Name, kind, today, ct);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Why a candidate matched, for the sender (no data of the known person).</summary>
    public static string Reasons(DuplicateCandidate c) => c.Reasons switch
    {
        var r when r.HasFlag(DuplicateReasons.FranceTravailId) => "même identifiant France Travail, mêmes nom et date de naissance",
        var r when r.HasFlag(DuplicateReasons.NameAndBirthDate) => "mêmes nom, prénom et date de naissance",
        _ => "même identifiant France Travail, mais un autre nom ou une autre date de naissance",
    };

    public static string State(JourneyState state) => state switch
    {
        JourneyState.InPathway => "déjà en parcours dans ce PLIE",
        JourneyState.ReferralPending => "déjà orienté·e vers ce PLIE, en attente de décision",
        JourneyState.Closed => "parcours terminé ou intégration refusée",
        _ => "aucun parcours en cours",
    };

    public static string Label(string code) => Codes.Label(Codes.PrescriberKinds, code);
}
