using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>Changing a session (a session of another PLIE answers 404, like a missing one).</summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class ModifierModel(InfoSessionService sessions, PasserelleDbContext db) : PageModel, ISessionFormPage
{
    [BindProperty(Name = SessionForm.Prefix)] public SessionForm Seance { get; set; } = new();
    public IReadOnlyList<string> Places { get; private set; } = [];
    public string Code { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await db.InfoSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session) return NotFound();
        Seance = SessionForm.From(session);
        Code = session.Code;
        Places = await sessions.PlacesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await db.InfoSessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is not { } session) return NotFound();
        ModelState.Clear();
        var unread = new List<FieldError>();
        var input = Seance.ToInput(unread);
        if (await sessions.UpdateAsync(id, input, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded && unread.Count == 0)
        {
            TempData["Statut"] = "Information collective modifiée.";
            return RedirectToPage("Seance", new { id });
        }
        SessionForm.AddErrors(ModelState, unread, outcome.Errors);
        Code = session.Code;
        Places = await sessions.PlacesAsync(ct);
        return Page();
    }
}
