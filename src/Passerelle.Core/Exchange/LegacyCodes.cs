namespace Passerelle.Core.Exchange;

/// <summary>
/// Wordings of former software that imports still understand (domain.md: the product understands "Pôle emploi"
/// and "PE" in imported files). They are stored, and exported, as the current code.
/// </summary>
internal static class LegacyCodes
{
    private static readonly HashSet<string> PoleEmploi = new(StringComparer.OrdinalIgnoreCase)
    {
        "pole_emploi", "pôle_emploi", "pole emploi", "pôle emploi", "pole-emploi", "pôle-emploi", "pe",
    };

    /// <summary>France Travail was called Pôle emploi until 2024.</summary>
    public static string? FranceTravail(string value) => PoleEmploi.Contains(value.Trim()) ? "france_travail" : null;
}
