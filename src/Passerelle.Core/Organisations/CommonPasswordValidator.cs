using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Passerelle.Core.Organisations;

/// <summary>
/// Refuses passwords that attackers try first: those of a list of common passwords (compared without regard to
/// case, also once the digits and signs around them are taken off, so that "Soleil2026!!!" goes the way of
/// "soleil"), and those containing the user's e-mail address before the "@" or one of its parts. Length alone
/// is not enough: CNIL délibération n° 2022-100 (12 characters without composition rules) and OWASP ASVS 5.0
/// §6.2 ask that a password be checked against a list of breached or common passwords instead of imposing
/// composition rules. The list is common-passwords.txt, embedded in this assembly (its source and licence are
/// at its top).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    /// <summary>Parts of the address shorter than this would refuse too much ("jo" in "bonjour").</summary>
    private const int MinimumPartLength = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        if (IsCommon(password))
            return Task.FromResult(Failed("PasswordCommon",
                "Ce mot de passe figure parmi les plus courants : choisissez-en un autre, par exemple une phrase de plusieurs mots."));
        if (ContainsAddress(password, user.Email ?? user.UserName))
            return Task.FromResult(Failed("PasswordContainsEmail",
                "Le mot de passe ne doit pas contenir votre adresse électronique ni votre identifiant."));
        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>How many passwords the list holds.</summary>
    public static int Count => List.Value.Count;

    public static bool IsCommon(string password)
    {
        var trimmed = password.Trim();
        var core = trimmed.Trim(Decorations);
        return List.Value.Contains(trimmed) || core.Length > 0 && List.Value.Contains(core);
    }

    private static bool ContainsAddress(string password, string? email)
    {
        var local = email?.Split('@')[0];
        if (string.IsNullOrEmpty(local)) return false;
        var parts = local.Split(['.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries).Prepend(local);
        return parts.Any(p => p.Length >= MinimumPartLength && password.Contains(p, StringComparison.OrdinalIgnoreCase));
    }

    private static IdentityResult Failed(string code, string description) =>
        IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static readonly char[] Decorations = "0123456789 !?.,;:-_*#@$%&+=/\\'\"()[]{}<>~^`|".ToCharArray();

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("identity:common-passwords")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) set.Add(line);
        return set;
    }
}
