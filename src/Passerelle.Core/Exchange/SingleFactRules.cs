using System.Text.Json;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Exchange;

/// <summary>
/// The import's rules (contract §4.2) applied to one fact typed on a page: the fact goes through the same
/// <see cref="EventParser"/> as an imported event (codes, required fields, bounds, impossible dates), then the
/// journey with the fact appended goes through <see cref="JourneyOrderRules"/>. Only the order problems the fact
/// brings are reported (an exit dated before a recorded contact makes that contact out of order: the exit's date
/// is at fault). Each problem names the contract field it concerns.
/// </summary>
internal static class SingleFactRules
{
    private const string EventsPath = "$.events";

    /// <summary>The fact, normalised as the import would store it, or null with the problems in <paramref name="errors"/>.</summary>
    public static JourneyEventDto? Check(JourneyEventDto fact, IReadOnlyList<JourneyEventDto> journey, DateOnly today, DateOnly? birthDate,
        List<FactError> errors)
    {
        var found = new List<JourneyImportError>();
        var element = JsonSerializer.SerializeToElement(fact with { Computed = null }, JourneyJson.Options);
        var dto = EventParser.Parse(element, JsonPaths.Root, new JourneyDateRules(today, birthDate, "aujourd'hui"), found);
        errors.AddRange(found.Select(e => new FactError(FieldOf(e.Path), e.Message)));
        if (dto is null) return null;

        var before = new List<JourneyImportError>();
        JourneyOrderRules.Check(journey, EventsPath, before);
        var after = new List<JourneyImportError>();
        JourneyOrderRules.Check([.. journey, dto], EventsPath, after);
        var dateField = dto.Date is null ? "start" : "date";
        var added = after.Except(before).Select(e => new FactError(dateField, e.Message)).ToList();
        errors.AddRange(added);
        return added.Count == 0 ? dto : null;
    }

    /// <summary>"$.start" → "start", "$.proofs[1]" → "proofs", "$" → "" (the whole fact).</summary>
    private static string FieldOf(string path)
    {
        var name = path.StartsWith(JsonPaths.Root + ".", StringComparison.Ordinal) ? path[2..] : "";
        var cut = name.IndexOfAny(['.', '[']);
        return cut < 0 ? name : name[..cut];
    }
}
