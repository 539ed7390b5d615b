using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Pages.Compte;

/// <summary>
/// The second step of a login (the app's code, or a recovery code): only after a correct password, otherwise back to
/// the first step; every attempt audited with its method; a lockout leads to its page.
/// </summary>
public abstract class SecondFactorPageModel(SignInManager<AppUser> signIn, AccountAudit audit) : PageModel
{
    public string? ReturnUrl { get; private set; }
    protected SignInManager<AppUser> SignInManager { get; } = signIn;
    protected AccountAudit Audit { get; } = audit;

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        if (await SignInManager.GetTwoFactorAuthenticationUserAsync() is null) return RedirectToPage("/Compte/Connexion");
        return Page();
    }

    /// <param name="method">The audited method (<c>totp</c>, <c>recovery_code</c>).</param>
    /// <param name="attempt">Signs in with the typed code.</param>
    /// <param name="succeeded">Where to go once signed in.</param>
    /// <param name="refused">The message under the code field.</param>
    protected async Task<IActionResult> VerifyAsync(string? returnUrl, string method, Func<Task<Microsoft.AspNetCore.Identity.SignInResult>> attempt,
        Func<AppUser, Task<IActionResult>> succeeded, string refused)
    {
        ReturnUrl = TwoFactorCodes.LocalOrNull(Url, returnUrl);
        var user = await SignInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return RedirectToPage("/Compte/Connexion");
        if (!ModelState.IsValid) return Page();

        var result = await attempt();
        if (result.Succeeded) return await succeeded(user);
        await Audit.RecordAsync(AccountAudit.LoginFailed, user, new { method, lockedOut = result.IsLockedOut });
        if (result.IsLockedOut) return RedirectToPage("/Compte/Verrouille");
        ModelState.AddModelError("Input.Code", refused);
        return Page();
    }
}
