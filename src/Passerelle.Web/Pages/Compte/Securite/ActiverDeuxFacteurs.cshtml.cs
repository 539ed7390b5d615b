using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Compte.Securite;

/// <summary>
/// Two-factor enrolment: the person scans the QR code (or types the key) in an authenticator app, proves it
/// works with a first code, and only then is 2FA switched on and the recovery codes shown.
/// </summary>
[Authorize]
public class ActiverDeuxFacteursModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAudit audit) : PageModel
{
    public const string Issuer = "Passerelle";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>The shared key in groups of 4, easier to type by hand.</summary>
    public string SharedKey { get; private set; } = "";
    public string QrCodeDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            TempData["Statut"] = "La double authentification est déjà activée.";
            return RedirectToPage("/Compte/Securite/Index");
        }
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadKeyAsync(user);
            return Page();
        }
        var code = Compte.TwoFactorCodes.Normalize(Input.Code);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            ModelState.AddModelError("Input.Code", "Ce code est incorrect : vérifiez que l'heure de votre téléphone est juste et saisissez le code affiché maintenant.");
            await LoadKeyAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AccountAudit.TwoFactorEnabled, user);
        TempData[CodesRecuperationModel.TempDataKey] = string.Join(' ', codes ?? []);
        TempData["Statut"] = "La double authentification est activée.";
        return RedirectToPage("/Compte/Securite/CodesRecuperation");
    }

    private async Task LoadKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after reset.");
        }
        SharedKey = AuthenticatorQrCode.Group(key);
        QrCodeDataUri = AuthenticatorQrCode.PngDataUri(AuthenticatorQrCode.Uri(Issuer, user.Email ?? user.UserName ?? "", key));
    }

    public sealed class InputModel
    {
        [Display(Name = "Code à 6 chiffres")]
        [Required(ErrorMessage = "Saisissez le code à 6 chiffres affiché dans l'application.")]
        [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "Le code se compose de 6 chiffres.")]
        public string Code { get; set; } = "";
    }
}
