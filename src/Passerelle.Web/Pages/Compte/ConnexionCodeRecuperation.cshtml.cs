using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Second step of the login with one of the recovery codes given at enrolment; each code works once.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public class ConnexionCodeRecuperationModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Compte/Connexion");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Compte/Connexion");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.NormalizeRecovery(Input.Code));
        if (result.Succeeded)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            await audit.RecordAsync(AccountAudit.Login, user, new { method = "recovery_code", left });
            TempData["Statut"] = left == 0
                ? "Vous avez utilisé votre dernier code de récupération : générez-en de nouveaux dans « Sécurité du compte »."
                : $"Code de récupération accepté. Il vous en reste {left}.";
            return LocalRedirect(ReturnUrl ?? "/Compte/Securite");
        }
        await audit.RecordAsync(AccountAudit.LoginFailed, user, new { method = "recovery_code", lockedOut = result.IsLockedOut });
        if (result.IsLockedOut) return RedirectToPage("/Compte/Verrouille");
        ModelState.AddModelError("Input.Code", "Ce code de récupération est incorrect ou a déjà servi.");
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Code de récupération")]
        [Required(ErrorMessage = "Saisissez l'un de vos codes de récupération.")]
        public string Code { get; set; } = "";
    }
}
