using System.Text.Json;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// One rule of the protocol applied to one case, with readers for the rule's JSON parameters. A parameter of the
/// wrong shape is a misconfigured protocol, not a fact about the person: it throws, naming the preset and rule.
/// </summary>
internal sealed class EligibilityRuleContext(EligibilityRule rule, EligibilityCase @case)
{
    public EligibilityRule Rule { get; } = rule;
    public EligibilityCase Case { get; } = @case;

    public JsonElement? Element(string name) =>
        Rule.Parameters is { } p && p.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public int? Int(string name) => Element(name) is { } v ? Int(v, name) : null;

    public string? String(string name) => Element(name) is { } v
        ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw Misconfigured($"« {name} » doit être une chaîne")
        : null;

    public bool Bool(string name) => Element(name) is { } v
        && (v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : throw Misconfigured($"« {name} » doit être un booléen"));

    public IReadOnlyList<string> Strings(string name) => Element(name) is { } v ? Strings(v, name) : [];

    public int Int(JsonElement v, string name) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : throw Misconfigured($"« {name} » doit être un entier");

    public IReadOnlyList<string> Strings(JsonElement v, string name) =>
        v.ValueKind == JsonValueKind.Array && v.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? v.EnumerateArray().Select(e => e.GetString()!).ToList()
            : throw Misconfigured($"« {name} » doit être une liste de chaînes");

    public InvalidOperationException Misconfigured(string problem) =>
        new($"Protocole {Case.Protocol.Preset}, règle « {Rule.Id} » ({Rule.Kind}) : {problem}.");
}
