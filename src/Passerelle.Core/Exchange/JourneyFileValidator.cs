using System.Text.Json;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Reads a journey file (contract §4) as a stream and reports every problem with its JSON path: broken JSON (line
/// and byte), format and version, unknown or missing fields, wrong types, unknown codes, impossible dates, events
/// out of order, a <c>ref</c> used twice, an unknown PLIE. Valid persons are handed, normalised, to
/// <c>onPerson</c> as they are read, so that an importer never holds the whole file.
/// </summary>
public sealed class JourneyFileValidator(CommuneReferential communes)
{
    public async Task<JourneyValidationResult> ValidateAsync(Stream input, DateOnly today, Func<string, bool> plieExists,
        Func<JourneyPersonDto, CancellationToken, ValueTask>? onPerson = null, CancellationToken ct = default)
    {
        var errors = new List<JourneyImportError>();
        var header = new HashSet<string>(StringComparer.Ordinal);
        var refs = new Dictionary<string, int>(StringComparer.Ordinal);
        string? plie = null;
        var persons = 0;
        var notObject = false;
        var cursor = new JsonStreamCursor(input);
        try
        {
            while (await cursor.NextAsync(ct) is { } item)
            {
                using (item)
                {
                    switch (item.Kind)
                    {
                        case JsonStreamItemKind.RootNotObject:
                            notObject = true;
                            errors.Add(new(JsonPaths.Root, "le fichier doit contenir un objet JSON (format passerelle-journeys)."));
                            break;
                        case JsonStreamItemKind.Header:
                            // The cursor streams the first "persons" array itself; any other "persons" comes here.
                            if (!header.Add(item.Name!) || item.Name == "persons" && cursor.PersonsSeen)
                                errors.Add(new(JsonPaths.Property(JsonPaths.Root, item.Name!), "champ présent deux fois."));
                            else plie = Header(item.Name!, item.Document!.RootElement, plieExists, errors) ?? plie;
                            break;
                        default:
                            persons++;
                            var path = JsonPaths.Index("$.persons", item.Index);
                            var element = item.Document!.RootElement;
                            // Checked first and apart, so that a duplicate shows even on a person with other problems.
                            var duplicate = false;
                            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("ref", out var r) && r.ValueKind == JsonValueKind.String)
                            {
                                if (refs.TryGetValue(r.GetString()!, out var first))
                                {
                                    duplicate = true;
                                    errors.Add(new(path + ".ref", $"référence « {r.GetString()} » déjà utilisée par $.persons[{first}]."));
                                }
                                else refs.Add(r.GetString()!, item.Index);
                            }
                            var dto = PersonParser.Parse(element, path, today, communes, errors);
                            if (dto is not null && !duplicate && onPerson is not null) await onPerson(dto, ct);
                            break;
                    }
                }
            }
        }
        catch (JsonException e)
        {
            errors.Add(new(JsonPaths.Root,
                $"JSON mal formé à la ligne {e.LineNumber + 1}, octet {e.BytePositionInLine + 1} ; la lecture s'arrête là (détail : {e.Message})"));
            return new JourneyValidationResult(plie, persons, errors);
        }
        if (notObject) return new JourneyValidationResult(plie, persons, errors);
        foreach (var required in new[] { "format", "version", "plie" })
            if (!header.Contains(required)) errors.Add(new(JsonPaths.Property(JsonPaths.Root, required), "champ obligatoire manquant."));
        if (!cursor.PersonsSeen && !header.Contains("persons")) errors.Add(new("$.persons", "champ obligatoire manquant."));
        return new JourneyValidationResult(plie, persons, errors);
    }

    /// <summary>Checks one root property; answers the PLIE code when it is the (known) <c>plie</c>.</summary>
    private static string? Header(string name, JsonElement value, Func<string, bool> plieExists, List<JourneyImportError> errors)
    {
        var path = JsonPaths.Property(JsonPaths.Root, name);
        switch (name)
        {
            case "format":
                if (value.ValueKind != JsonValueKind.String || value.GetString() != JourneyFile.FormatName)
                    errors.Add(new(path, $"format inattendu {value.GetRawText()} : ce fichier n'est pas au format « {JourneyFile.FormatName} »."));
                return null;
            case "version":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var v) || v != 1)
                    errors.Add(new(path, $"version {value.GetRawText()} non prise en charge (seule la version 1 l'est)."));
                return null;
            case "plie":
                if (value.ValueKind != JsonValueKind.String)
                    errors.Add(new(path, $"doit être le code du PLIE (chaîne), trouvé : {JsonFields.Describe(value)}."));
                else if (!plieExists(value.GetString()!))
                    errors.Add(new(path, $"PLIE inconnu « {value.GetString()} » : créez-le d'abord (plie create) ou corrigez le code."));
                else return value.GetString();
                return null;
            case "persons":
                errors.Add(new(path, $"doit être un tableau de personnes, trouvé : {JsonFields.Describe(value)}."));
                return null;
            default:
                errors.Add(new(path, $"champ inconnu « {name} »."));
                return null;
        }
    }
}
