using System.Text.Json;
using System.Text.RegularExpressions;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Exchange;

/// <summary>The <c>person</c> object of contract §4: identity, situation and events, checked and normalised.</summary>
internal static partial class PersonParser
{
    private static readonly DateOnly EarliestBirth = new(1900, 1, 1);

    /// <summary>The normalised person, or null when it has a problem (all of them are added to <paramref name="errors"/>).</summary>
    public static JourneyPersonDto? Parse(JsonElement element, string path, DateOnly today, CommuneReferential communes, List<JourneyImportError> errors)
    {
        var before = errors.Count;
        var f = new JsonFields(element, path, errors);
        if (!f.IsObject) return null;
        var reference = f.String("ref", true, 64);
        var lastName = f.String("lastName", true, 100);
        var firstName = f.String("firstName", true, 100);
        var birthDate = f.Date("birthDate", true);
        if (birthDate is { } b && (b > today || b < EarliestBirth))
        {
            f.Error("birthDate", $"date de naissance impossible ({b:yyyy-MM-dd}).");
            birthDate = null;
        }
        var sex = f.String("sex", true, 1);
        if (sex is not null and not ("F" or "M")) f.Error("sex", $"doit valoir « F » ou « M », trouvé « {sex} ».");
        var commune = Commune(f, communes);
        var ftId = f.String("franceTravailId", false, 16);
        if (ftId is not null && !FranceTravailId().IsMatch(ftId))
            f.Error("franceTravailId", "identifiant France Travail : de 1 à 16 lettres ou chiffres, sans espace ni ponctuation.");
        var situation = f.Object("situation", true) is { } s ? Situation(s, f.PathOf("situation"), errors) : null;

        var events = new List<JourneyEventDto>();
        var eventsValid = true;
        if (f.Array("events", false) is { } list)
        {
            var dates = new JourneyDateRules(today, birthDate);
            var i = 0;
            foreach (var e in list.EnumerateArray())
            {
                var dto = EventParser.Parse(e, JsonPaths.Index(f.PathOf("events"), i++), dates, errors);
                if (dto is null) eventsValid = false;
                else events.Add(dto);
            }
            // The order of a journey can only be judged on events that are themselves sound.
            if (eventsValid) JourneyOrderRules.Check(events, f.PathOf("events"), errors);
        }
        f.RejectUnknown();
        if (errors.Count != before) return null;
        return new JourneyPersonDto
        {
            Ref = reference!,
            LastName = lastName!,
            FirstName = firstName!,
            BirthDate = birthDate!.Value,
            Sex = sex!,
            CommuneInsee = commune!,
            FranceTravailId = ftId?.ToUpperInvariant(),
            Situation = situation!,
            Events = events,
        };
    }

    private static string? Commune(JsonFields f, CommuneReferential communes)
    {
        var code = f.String("communeInsee", true, 5);
        if (code is null || communes.Find(code) is not null) return code;
        var hint = communes.FindCurrent(code) is { } current
            ? $" ; c'est un ancien code ou un arrondissement : utiliser celui de la commune actuelle, {current.Insee} ({current.Name})"
            : "";
        f.Error("communeInsee", $"code INSEE de commune inconnu « {code} » (référentiel {communes.SourceVersion}){hint}.");
        return null;
    }

    private static SituationDto? Situation(JsonElement element, string path, List<JourneyImportError> errors)
    {
        var before = errors.Count;
        var f = new JsonFields(element, path, errors);
        // Flags not given are false: former software rarely records every one of them.
        var dto = new SituationDto
        {
            Rsa = f.Bool("rsa", false) ?? false,
            Ass = f.Bool("ass", false) ?? false,
            Aah = f.Bool("aah", false) ?? false,
            Rqth = f.Bool("rqth", false) ?? false,
            Qpv = f.Bool("qpv", false) ?? false,
            LongTermUnemployed = f.Bool("longTermUnemployed", false) ?? false,
            EducationLevel = f.Int("educationLevel", false),
            SingleParent = f.Bool("singleParent", false) ?? false,
            SelfEmployed = f.Bool("selfEmployed", false) ?? false,
            FollowedByMissionLocale = f.Bool("followedByMissionLocale", false) ?? false,
        };
        if (dto.EducationLevel is { } level and (< 1 or > 8))
            f.Error("educationLevel", $"niveau de formation {level} hors nomenclature (1 à 8).");
        f.RejectUnknown();
        return errors.Count == before ? dto : null;
    }

    [GeneratedRegex("^[A-Za-z0-9]{1,16}$")]
    private static partial Regex FranceTravailId();
}
