using System.Text;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Documents;

/// <summary>The columns a list may carry, found by their header whatever its accents, case, spaces or punctuation.</summary>
public sealed class SheetHeaders
{
    private readonly Dictionary<string, SheetColumn> byHeader;

    public SheetHeaders(IReadOnlyList<SheetColumn> columns)
    {
        All = columns;
        byHeader = columns.SelectMany(c => c.Headers.Select(h => (h, c))).ToDictionary(x => x.h, x => x.c);
    }

    public IReadOnlyList<SheetColumn> All { get; }

    /// <summary>The column a header names, or null (an ignored column).</summary>
    public SheetColumn? Match(string header) => byHeader.GetValueOrDefault(Normalise(header));

    /// <summary>"Date de naissance", "DATE_NAISSANCE", "date de naissance :" → "datedenaissance".</summary>
    public static string Normalise(string header)
    {
        var key = SearchKeys.Normalise(header);
        var sb = new StringBuilder(key.Length);
        foreach (var c in key) if (c != ' ') sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }
}
