using Microsoft.AspNetCore.Mvc;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Small things the login and security pages share.</summary>
public static class TwoFactorCodes
{
    /// <summary>People type codes as they read them ("123 456", "abcde-12345"): only the characters count.</summary>
    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>Only a path of this site: an address elsewhere would let a link send people to a look-alike page.</summary>
    public static string? LocalOrNull(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
