using System.Globalization;

namespace Passerelle.Core.Eligibility;

/// <summary>How the details of the answer write dates and lists, for a French reader.</summary>
internal static class EligibilityText
{
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> items) => string.Join(", ", items);

    public const string ByReferent = "à confirmer par le référent";

    /// <summary>For a rule that informs (priority publics, offer not mobilisable): it never excludes.</summary>
    public const string Informative = "à apprécier par le référent (information, sans effet sur l'éligibilité)";
}
