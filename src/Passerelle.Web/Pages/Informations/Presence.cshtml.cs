using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Informations;

/// <summary>
/// Attendance on one keyboard-friendly form: a radio group per person (Tab to the next person, Space for present,
/// arrows for absent or excused), saved once. Saving records or updates each person's <c>info_session</c> fact.
/// </summary>
[Authorize(Policy = nameof(Permission.ManageInfoSessions))]
public class PresenceModel(InfoSessionService sessions, AttendanceRecorder attendance, TimeProvider clock) : PageModel
{
    /// <summary>Convocation id → attendance code, as posted by the radio groups ("presence[id]").</summary>
    [BindProperty(Name = "presence")] public Dictionary<Guid, string> Marks { get; set; } = [];

    public SessionDetail Detail { get; private set; } = null!;
    public bool Ahead { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var marks = Marks.Where(m => !string.IsNullOrEmpty(m.Value)).ToDictionary(m => m.Key, m => m.Value);
        if (await attendance.SaveAsync(id, marks, ct) is not { } outcome) return NotFound();
        if (outcome.Succeeded)
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            var rows = Detail.Convocations;
            string Count(string code, string word) => SessionText.Count(rows.Count(r => r.Attendance == code), word);
            var missing = rows.Count(r => r.Attendance is null);
            TempData["Statut"] = $"Présence enregistrée : {Count(InfoSessionCodes.Present, "présent·e")}, {Count(InfoSessionCodes.Absent, "absent·e")}, "
                + Count(InfoSessionCodes.Excused, "excusé·e") + (missing == 0 ? "." : $" ; {SessionText.People(missing)} sans présence saisie.");
            return RedirectToPage("Seance", new { id });
        }
        foreach (var e in outcome.Errors) ModelState.AddModelError(e.Field.Length == 0 ? "" : "presence_" + e.Field, e.Message);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    /// <summary>The choice shown for a line: what was just posted, else what is recorded.</summary>
    public string? Choice(ConvocationRow row) => Marks.TryGetValue(row.Id, out var posted) ? posted : row.Attendance;

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await sessions.GetAsync(id, ct) is not { } detail) return false;
        Detail = detail;
        Ahead = detail.Session.Date > DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return true;
    }
}
