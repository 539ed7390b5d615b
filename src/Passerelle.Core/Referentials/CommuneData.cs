using System.Collections.Frozen;
using System.Text.Json;

namespace Passerelle.Core.Referentials;

/// <summary>The parsed content of data/communes.json (format written by data/refresh-communes.mjs).</summary>
internal sealed record CommuneData(
    string SourceVersion,
    FrozenDictionary<string, Commune> Communes,
    FrozenDictionary<string, Epci> Bodies,
    FrozenDictionary<string, IReadOnlyList<Commune>> Members,
    FrozenDictionary<string, string> Aliases)
{
    public const string ResourceName = "referential:communes";

    public static CommuneData LoadEmbedded()
    {
        using var stream = typeof(CommuneData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Resource {ResourceName} missing from the assembly.");
        return Parse(stream);
    }

    public static CommuneData Parse(Stream json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        var communes = Rows(root, "communes")
            .Select(r => new Commune(Text(r, 0), Text(r, 1), Text(r, 2), Text(r, 3), OptionalText(r, 4), OptionalText(r, 5)))
            .ToFrozenDictionary(c => c.Insee, StringComparer.Ordinal);

        var bodies = Rows(root, "epci").Select(r => new Epci(Text(r, 0), Text(r, 1), Text(r, 2)))
            .Concat(Rows(root, "ept").Select(r => new Epci(Text(r, 0), Text(r, 1), Epci.EptNature)))
            .ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

        // A Grand Paris commune is a member of the Métropole (its EPCI) and of its EPT.
        var members = communes.Values
            .SelectMany(c => new[] { c.EpciCode, c.EptCode }.OfType<string>().Select(code => (code, c)))
            .GroupBy(p => p.code, p => p.c)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Commune>)g.OrderBy(c => c.Insee, StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

        var aliases = Rows(root, "aliases").ToFrozenDictionary(r => Text(r, 0), r => Text(r, 1), StringComparer.Ordinal);

        var version = root.GetProperty("source").GetProperty("version").GetString() ?? "?";
        return new CommuneData(version, communes, bodies, members, aliases);
    }

    private static IEnumerable<JsonElement> Rows(JsonElement root, string name) => root.GetProperty(name).EnumerateArray();

    private static string Text(JsonElement row, int column) =>
        row[column].GetString() ?? throw new InvalidOperationException($"communes.json: null in a required column {column}.");

    private static string? OptionalText(JsonElement row, int column) =>
        row[column].ValueKind == JsonValueKind.Null ? null : row[column].GetString();
}
