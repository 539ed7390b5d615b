using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Compte;

/// <summary>
/// Logout, by POST with the antiforgery token only (the layout's button): a GET would let any page or image
/// on the web sign people out.
/// </summary>
public class DeconnexionModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountAudit audit) : PageModel
{
    public IActionResult OnGet() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true && await users.GetUserAsync(User) is { } user)
        {
            await signIn.SignOutAsync();
            await audit.RecordAsync(AccountAudit.Logout, user);
        }
        TempData["Statut"] = "Vous êtes déconnecté.";
        return RedirectToPage("/Compte/Connexion");
    }
}
