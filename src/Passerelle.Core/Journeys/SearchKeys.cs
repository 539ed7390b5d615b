using System.Globalization;
using System.Text;

namespace Passerelle.Core.Journeys;

/// <summary>Normalises names for search and duplicate detection: no accents, upper case, single spaces.</summary>
public static class SearchKeys
{
    public static string Normalise(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToUpperInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    public static string For(string lastName, string firstName) => Normalise(lastName + " " + firstName);
}
