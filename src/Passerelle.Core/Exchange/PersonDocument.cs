using System.Text.Json;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Exchange;

/// <summary>
/// A JSON document holding one <c>person</c> object of contract §4 (the `eligibility` verb reads one on standard
/// input), checked by the same parser as a journey file, with paths rooted at <c>$</c>.
/// </summary>
public static class PersonDocument
{
    /// <summary>The normalised person, or null with every problem found.</summary>
    public static async Task<(JourneyPersonDto? Person, IReadOnlyList<JourneyImportError> Errors)> ReadAsync(
        Stream input, DateOnly today, CommuneReferential communes, CancellationToken ct = default)
    {
        var errors = new List<JourneyImportError>();
        try
        {
            using var document = await JsonDocument.ParseAsync(input, cancellationToken: ct);
            var person = PersonParser.Parse(document.RootElement, JsonPaths.Root, today, communes, errors);
            return (person, errors);
        }
        catch (JsonException e)
        {
            errors.Add(new(JsonPaths.Root, $"JSON mal formé à la ligne {e.LineNumber + 1}, octet {e.BytePositionInLine + 1} (détail : {e.Message})"));
            return (null, errors);
        }
    }
}
