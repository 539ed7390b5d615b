using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>Programming an information collective: day, time, place, organiser and capacity (issue 3 item 3).</summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class NouvelleModel(InfoSessionService sessions) : PageModel, ISessionFormPage
{
    public const int DefaultCapacity = 25;

    [BindProperty(Name = SessionForm.Prefix)] public SessionForm Seance { get; set; } = new();
    public IReadOnlyList<string> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Seance = new SessionForm { Heure = "09:30", Capacite = DefaultCapacity.ToString(System.Globalization.CultureInfo.InvariantCulture), Organisateur = "joint" };
        Places = await sessions.PlacesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var unread = new List<FieldError>();
        var input = Seance.ToInput(unread);
        var outcome = await sessions.CreateAsync(input, ct);
        if (outcome.Succeeded && unread.Count == 0)
        {
            TempData["Statut"] = "Information collective programmée. Ajoutez maintenant les personnes convoquées.";
            TempData[SeanceModel.FocusSearchKey] = true;
            return RedirectToPage("Seance", new { id = outcome.Id });
        }
        SessionForm.AddErrors(ModelState, unread, outcome.Errors);
        Places = await sessions.PlacesAsync(ct);
        return Page();
    }
}
