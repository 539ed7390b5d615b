using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Compte.Securite;

/// <summary>The signed-in person's own security: change the password, see and change two-factor authentication.</summary>
[Authorize]
public class IndexModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAudit audit) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public bool TwoFactorEnabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string Email { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        await LoadAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Le mot de passe actuel est incorrect." : error.Description);
            await LoadAsync(user);
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AccountAudit.PasswordChanged, user);
        TempData["Statut"] = "Votre mot de passe a été changé.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableTwoFactorAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // A new key for a later activation: the old one may be on a lost phone.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            await audit.RecordAsync(AccountAudit.TwoFactorDisabled, user);
        }
        TempData["Statut"] = "La double authentification est désactivée.";
        return RedirectToPage();
    }

    private async Task LoadAsync(AppUser user)
    {
        TwoFactorEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        Email = user.Email ?? "";
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Mot de passe actuel")]
        [Required(ErrorMessage = "Saisissez votre mot de passe actuel.")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Display(Name = "Nouveau mot de passe")]
        [Required(ErrorMessage = "Saisissez un nouveau mot de passe.")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Display(Name = "Confirmation du nouveau mot de passe")]
        [Required(ErrorMessage = "Saisissez une seconde fois le nouveau mot de passe.")]
        [Compare(nameof(NewPassword), ErrorMessage = "La confirmation ne correspond pas au nouveau mot de passe.")]
        [DataType(DataType.Password)]
        public string Confirmation { get; set; } = "";
    }
}
