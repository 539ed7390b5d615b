using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Second step of the login with one of the recovery codes given at enrolment; each code works once.</summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public class ConnexionCodeRecuperationModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, AccountAudit audit)
    : SecondFactorPageModel(signIn, audit)
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Task<IActionResult> OnPostAsync(string? returnUrl) => VerifyAsync(returnUrl, "recovery_code",
        () => SignInManager.TwoFactorRecoveryCodeSignInAsync(TwoFactorCodes.NormalizeRecovery(Input.Code)),
        async user =>
        {
            var left = await users.CountRecoveryCodesAsync(user);
            await Audit.RecordAsync(AccountAudit.Login, user, new { method = "recovery_code", left });
            TempData["Statut"] = left == 0
                ? "Vous avez utilisé votre dernier code de récupération : générez-en de nouveaux dans « Sécurité du compte »."
                : $"Code de récupération accepté. Il vous en reste {left}.";
            return LocalRedirect(ReturnUrl ?? "/Compte/Securite");
        },
        "Ce code de récupération est incorrect ou a déjà servi.");

    public sealed class InputModel
    {
        [Display(Name = "Code de récupération")]
        [Required(ErrorMessage = "Saisissez l'un de vos codes de récupération.")]
        public string Code { get; set; } = "";
    }
}
