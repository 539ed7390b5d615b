using System.Text.Json;

namespace Passerelle.Core.Protocols;

/// <summary>The protocol presets shipped with Passerelle (contract §3 `plie create --preset`).</summary>
public static class ProtocolPresets
{
    public static readonly IReadOnlyList<string> Names = ["casa-2021-2023", "cov-2020-2022", "martigues-2023-2027"];

    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string Json(string name)
    {
        if (!Names.Contains(name))
            throw new ArgumentException($"Préréglage inconnu « {name} » ; valeurs possibles : {string.Join(", ", Names)}.", nameof(name));
        using var stream = typeof(ProtocolPresets).Assembly.GetManifestResourceStream("preset:" + name)
            ?? throw new InvalidOperationException($"Preset resource {name} missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static ProtocolDefinition Load(string name) => Parse(Json(name));

    public static ProtocolDefinition Parse(string json) =>
        JsonSerializer.Deserialize<ProtocolDefinition>(json, Options)
        ?? throw new InvalidOperationException("Empty protocol definition.");
}
