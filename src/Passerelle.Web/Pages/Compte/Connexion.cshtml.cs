using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Organisations;
using Passerelle.Web.Hosting;

namespace Passerelle.Web.Pages.Compte;

/// <summary>
/// Login by e-mail and password. The error never says whether the address exists; five failures lock the
/// account for 15 minutes (IdentityPolicy) and the form is throttled per client address (WebServices).
/// </summary>
[EnableRateLimiting(WebServices.LoginRateLimit)]
public class ConnexionModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, AccountAudit audit) : PageModel
{
    public const string WrongCredentials = "Adresse ou mot de passe incorrect.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        if (!ModelState.IsValid) return Page();

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null || user.Disabled)
        {
            // Same work and same answer as a wrong password, so that nobody learns which addresses have an account.
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, Input.Password);
            await audit.RecordAsync(AccountAudit.LoginFailed, user);
            ModelState.AddModelError("", WrongCredentials);
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(AccountAudit.Login, user, new { method = "password" });
            return LocalRedirect(ReturnUrl ?? "/");
        }
        if (result.RequiresTwoFactor)
            return RedirectToPage("/Compte/ConnexionDeuxFacteurs", new { returnUrl = ReturnUrl });
        await audit.RecordAsync(AccountAudit.LoginFailed, user, new { lockedOut = result.IsLockedOut });
        if (result.IsLockedOut) return RedirectToPage("/Compte/Verrouille");
        ModelState.AddModelError("", WrongCredentials);
        return Page();
    }

    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    public sealed class InputModel
    {
        [Display(Name = "Adresse électronique")]
        [Required(ErrorMessage = "Saisissez votre adresse électronique.")]
        [EmailAddress(ErrorMessage = "Saisissez une adresse électronique valide, par exemple prenom.nom@exemple.fr.")]
        public string Email { get; set; } = "";

        [Display(Name = "Mot de passe")]
        [Required(ErrorMessage = "Saisissez votre mot de passe.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
