using Microsoft.AspNetCore.Mvc;

namespace Passerelle.Web.Pages.Compte;

/// <summary>Small things the login and security pages share.</summary>
public static class TwoFactorCodes
{
    /// <summary>People type app codes as they read them ("123 456", "123-456"): only the digits count.</summary>
    public static string Normalize(string code) => code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();

    /// <summary>Recovery codes are kept as shown ("ABCDE-12345"): spaces are dropped and a forgotten dash put back.</summary>
    public static string NormalizeRecovery(string code)
    {
        var compact = code.Replace(" ", "", StringComparison.Ordinal).Trim();
        return compact.Length == 10 && !compact.Contains('-', StringComparison.Ordinal) ? compact[..5] + "-" + compact[5..] : compact;
    }

    /// <summary>Only a path of this site: an address elsewhere would let a link send people to a look-alike page.</summary>
    public static string? LocalOrNull(IUrlHelper url, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : null;
}
