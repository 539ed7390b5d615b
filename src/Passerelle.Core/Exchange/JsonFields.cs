using System.Globalization;
using System.Text.Json;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Reads the fields of one JSON object of an imported file and records every problem with its path. Each field
/// read is marked as known; <see cref="RejectUnknown"/> then reports what is left, so unknown fields are caught
/// at every level without listing them twice.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement element;
    private readonly List<JourneyImportError> errors;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    public JsonFields(JsonElement element, string path, List<JourneyImportError> errors)
    {
        this.element = element;
        this.errors = errors;
        PathPrefix = path;
        IsObject = element.ValueKind == JsonValueKind.Object;
        if (!IsObject)
        {
            errors.Add(new(path, $"objet JSON attendu, trouvé : {Describe(element)}."));
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
            if (!seen.Add(p.Name)) errors.Add(new(PathOf(p.Name), "champ présent deux fois."));
    }

    public string PathPrefix { get; }
    public bool IsObject { get; }

    public string PathOf(string name) => JsonPaths.Property(PathPrefix, name);

    public void Error(string name, string message) => errors.Add(new(PathOf(name), message));

    /// <summary>Marks a field as allowed without reading it.</summary>
    public void Allow(string name) => known.Add(name);

    /// <summary>Whether the field is present and not null (whatever its value is worth).</summary>
    public bool Has(string name) => IsObject && element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public bool TryGet(string name, bool required, out JsonElement value)
    {
        known.Add(name);
        value = default;
        if (!IsObject) return false;
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null) return true;
        if (required) Error(name, "champ obligatoire manquant.");
        return false;
    }

    public string? String(string name, bool required, int maxLength = 256)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String)
        {
            TypeError(name, "une chaîne de caractères", v);
            return null;
        }
        var s = v.GetString()!;
        if (string.IsNullOrWhiteSpace(s)) Error(name, "ne doit pas être vide.");
        else if (s.Length > maxLength) Error(name, $"trop long ({s.Length} caractères, {maxLength} au plus).");
        else return s;
        return null;
    }

    public bool? Bool(string name, bool required)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind is JsonValueKind.True or JsonValueKind.False) return v.GetBoolean();
        TypeError(name, "un booléen (true ou false)", v);
        return null;
    }

    public int? Int(string name, bool required)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i)) return i;
        TypeError(name, "un nombre entier", v);
        return null;
    }

    public decimal? Decimal(string name, bool required, decimal min, decimal max)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            TypeError(name, "un nombre", v);
            return null;
        }
        if (d < min || d > max)
        {
            Error(name, $"valeur {d.ToString(CultureInfo.InvariantCulture)} hors des bornes ({min.ToString(CultureInfo.InvariantCulture)} à {max.ToString(CultureInfo.InvariantCulture)}).");
            return null;
        }
        return JourneyMapping.Normalise(d);
    }

    public DateOnly? Date(string name, bool required)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String)
        {
            TypeError(name, "une date AAAA-MM-JJ", v);
            return null;
        }
        var s = v.GetString()!;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(name, $"date impossible ou mal écrite « {s} » (format attendu AAAA-MM-JJ).");
        return null;
    }

    /// <summary>A value of a code list; <paramref name="alias"/> maps accepted legacy wordings to the current code.</summary>
    public string? Code(string name, bool required, IReadOnlyDictionary<string, string> codes, Func<string, string?>? alias = null)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind != JsonValueKind.String)
        {
            TypeError(name, "un code (chaîne)", v);
            return null;
        }
        var s = v.GetString()!;
        if (codes.ContainsKey(s)) return s;
        if (alias?.Invoke(s) is { } current) return current;
        Error(name, $"code inconnu « {s} » ; valeurs possibles : {string.Join(", ", codes.Keys)}.");
        return null;
    }

    public JsonElement? Object(string name, bool required)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Object) return v;
        TypeError(name, "un objet", v);
        return null;
    }

    public JsonElement? Array(string name, bool required)
    {
        if (!TryGet(name, required, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array) return v;
        TypeError(name, "un tableau", v);
        return null;
    }

    public void RejectUnknown()
    {
        if (!IsObject) return;
        foreach (var p in element.EnumerateObject())
            if (!known.Contains(p.Name)) Error(p.Name, $"champ inconnu « {p.Name} ».");
    }

    private void TypeError(string name, string expected, JsonElement found) =>
        Error(name, $"doit être {expected}, trouvé : {Describe(found)}.");

    public static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => "une chaîne",
        JsonValueKind.Number => "un nombre",
        JsonValueKind.True or JsonValueKind.False => "un booléen",
        JsonValueKind.Object => "un objet",
        JsonValueKind.Array => "un tableau",
        _ => "null",
    };
}
