using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>
/// A session and its convocation list: people of the PLIE who were referred are searched by name (a POST: names never
/// travel in URLs) and convoked one by one, each under a convocation number, within the session's capacity.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class SeanceModel(InfoSessionService sessions, ConvocationService convocations, TimeProvider clock) : PageModel
{
    public const int MaxResults = 20;

    /// <summary>Temp data set by the page that sends here to add people (the search then has the focus).</summary>
    public const string FocusSearchKey = "Rechercher";

    [BindProperty(Name = "nom")] public string? Nom { get; set; }
    [BindProperty(Name = "naissance")] public string? Naissance { get; set; }

    public SessionDetail Detail { get; private set; } = null!;
    public IReadOnlyList<Candidate>? Candidates { get; private set; }
    public DateOnly Today { get; private set; }
    public bool Searched => Candidates is not null;

    /// <summary>The convocation just made (highlighted, announced), after the redirect that follows it.</summary>
    public ConvocationRow? Made { get; private set; }

    /// <summary>Where the keyboard goes when the page opens: the search after a convocation, so the next name can be typed.</summary>
    public bool FocusSearch { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // The temp-data serializer gives a Guid back for a string that reads as one.
        if (Guid.TryParse(TempData["Convocation"]?.ToString(), out var madeId))
        {
            Made = Detail.Convocations.SingleOrDefault(c => c.Id == madeId);
            FocusSearch = true;
        }
        if (TempData[FocusSearchKey] is true) FocusSearch = true;
        return Page();
    }

    public async Task<IActionResult> OnPostRechercherAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await SearchAsync(id, ct);
        FocusSearch = Candidates is null;
        return Page();
    }

    public async Task<IActionResult> OnPostConvoquerAsync(Guid id, Guid personne, CancellationToken ct)
    {
        if (await convocations.ConvokeAsync(id, personne, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Convocation"] = outcome.Id.ToString();
            return RedirectToPage(new { id });
        }
        foreach (var e in outcome.Errors) ModelState.AddModelError("", e.Message);
        if (!await LoadAsync(id, ct)) return NotFound();
        await SearchAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(Guid id, Guid convocation, CancellationToken ct)
    {
        if (await convocations.WithdrawAsync(id, convocation, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            TempData["Statut"] = "Convocation retirée de la liste ; son numéro ne sera pas réutilisé.";
            return RedirectToPage(new { id });
        }
        foreach (var e in outcome.Errors) ModelState.AddModelError("", e.Message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task SearchAsync(Guid id, CancellationToken ct)
    {
        DateOnly? birth = null;
        if (!string.IsNullOrWhiteSpace(Naissance))
        {
            if (FrenchDates.TryParse(Naissance, out var parsed)) birth = parsed;
            else ModelState.AddModelError("naissance", "Date de naissance : saisissez une date valide au format jj/mm/aaaa, par exemple 14/07/1985.");
        }
        var search = new PersonSearch(Nom, birth, Take: MaxResults);
        if (!ModelState.IsValid && ModelState.ContainsKey("naissance") || search.IsEmpty) return;
        Candidates = await convocations.CandidatesAsync(id, search, ct) ?? [];
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (await sessions.GetAsync(id, ct) is not { } detail) return false;
        Detail = detail;
        return true;
    }
}
