using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Compte.Securite;

/// <summary>
/// Shows 10 recovery codes once, right after they are made (at enrolment, or on request here): only their
/// hashes are kept, so they cannot be shown again.
/// </summary>
[Authorize]
public class CodesRecuperationModel(UserManager<AppUser> users, AccountAudit audit) : PageModel
{
    public const string TempDataKey = "CodesRecuperation";

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public IActionResult OnGet()
    {
        // Read once: TempData forgets them after this request.
        if (TempData[TempDataKey] is string codes) Codes = codes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return Codes.Count == 0 ? RedirectToPage("/Compte/Securite/Index") : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!await users.GetTwoFactorEnabledAsync(user)) return RedirectToPage("/Compte/Securite/Index");
        Codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))?.ToList() ?? [];
        await audit.RecordAsync(AccountAudit.RecoveryCodesGenerated, user);
        TempData["Statut"] = "De nouveaux codes de récupération ont été générés ; les anciens ne fonctionnent plus.";
        return Page();
    }
}
