using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Second step of the login for accounts with two-factor authentication: the 6-digit code of the app.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public class ConnexionDeuxFacteursModel(SignInManager<AppUser> signIn, AccountAudit audit) : SecondFactorPageModel(signIn, audit)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Task<IActionResult> OnPostAsync(string? returnUrl) => VerifyAsync(returnUrl, "totp",
        () => SignInManager.TwoFactorAuthenticatorSignInAsync(TwoFactorCodes.Normalize(Input.Code), isPersistent: false, rememberClient: Input.RememberMachine),
        async user =>
        {
            await Audit.RecordAsync(AccountAudit.Login, user, new { method = "totp" });
            return LocalRedirect(ReturnUrl ?? "/");
        },
        "Ce code est incorrect ou a expiré : saisissez le code affiché maintenant dans l'application.");

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
