using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Second step of the login for accounts with two-factor authentication: the 6-digit code of the app.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public class ConnexionDeuxFacteursModel(SignInManager<AppUser> signIn, AccountAudit audit) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        // Only after a correct password: otherwise start again from the first step.
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Compte/Connexion");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Compte/Connexion");
        if (!ModelState.IsValid) return Page();

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Normalize(Input.Code), isPersistent: false, rememberClient: Input.RememberMachine);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AccountAudit.Login, user, new { method = "totp" });
            return LocalRedirect(ReturnUrl ?? "/");
        }
        await audit.RecordAsync(AccountAudit.LoginFailed, user, new { method = "totp", lockedOut = result.IsLockedOut });
        if (result.IsLockedOut) return RedirectToPage("/Compte/Verrouille");
        ModelState.AddModelError("Input.Code", "Ce code est incorrect ou a expiré : saisissez le code affiché maintenant dans l'application.");
        return Page();
    }

    public sealed class InputModel
    {
        [Display(Name = "Code à 6 chiffres")]
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres affiché dans votre application.")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "Le code se compose de 6 chiffres.")]
        public string Code { get; set; } = "";

        [Display(Name = "Ne plus demander de code sur cet ordinateur")]
        public bool RememberMachine { get; set; }
    }
}
