using System.Collections.Concurrent;

namespace Passerelle.Core.Protocols;

/// <summary>
/// Parsed protocol definitions shared by JSON text across rows and requests: a PLIE's protocol is read at every
/// caseload or eligibility request and changes rarely. The definitions are immutable records, safe to share. Bounded
/// (a few protocols per PLIE): when full, it starts again rather than grow with every edited version.
/// </summary>
public static class ProtocolDefinitionCache
{
    public const int Capacity = 256;

    private static readonly ConcurrentDictionary<string, ProtocolDefinition> Parsed = new(StringComparer.Ordinal);

    public static ProtocolDefinition Parse(string json)
    {
        if (Parsed.TryGetValue(json, out var definition)) return definition;
        definition = ProtocolPresets.Parse(json);
        if (Parsed.Count >= Capacity) Parsed.Clear();
        return Parsed.GetOrAdd(json, definition);
    }
}
