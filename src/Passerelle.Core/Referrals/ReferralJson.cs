using System.Text.Json;
using Passerelle.Core.Exchange;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The body of <c>POST /api/v1/referrals</c>: the target PLIE, the referral fields of contract §4.1 (<c>referral</c>), the
/// person as contract §4's <c>person</c> object without <c>ref</c> nor <c>events</c> (plus an optional <c>birthName</c>),
/// <c>personInformed</c>, and the answer to suspected duplicates (<c>confirmed</c> or <c>attachTo</c>). Shapes and types
/// are checked here with the import's reader (unknown fields refused, every problem with its JSON path); the values by
/// <see cref="ReferralService"/>, whose field names are the same paths under <c>$</c>.
/// </summary>
public static class ReferralJson
{
    public static async Task<(ReferralRequest? Request, IReadOnlyList<JourneyImportError> Errors)> ReadAsync(Stream body, CancellationToken ct = default)
    {
        var errors = new List<JourneyImportError>();
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: ct);
            var request = Parse(document.RootElement, errors);
            return (errors.Count == 0 ? request : null, errors);
        }
        catch (JsonException e)
        {
            errors.Add(new(JsonPaths.Root, $"JSON mal formé à la ligne {e.LineNumber + 1}, octet {e.BytePositionInLine + 1}."));
            return (null, errors);
        }
    }

    /// <summary>A service field ("person.birthDate") as a JSON path ("$.person.birthDate"); "" is the whole body.</summary>
    public static string PathOf(string field) => field.Length == 0 ? JsonPaths.Root : JsonPaths.Root + "." + field;

    private static ReferralRequest? Parse(JsonElement root, List<JourneyImportError> errors)
    {
        var f = new JsonFields(root, JsonPaths.Root, errors);
        if (!f.IsObject) return null;
        var plie = f.String("plie", true, 64);
        var referral = f.Object("referral", true) is { } r ? Referral(r, f.PathOf("referral"), errors) : null;
        var person = f.Object("person", true) is { } p ? Person(p, f.PathOf("person"), errors) : null;
        var informed = f.Bool("personInformed", true);
        var confirmed = f.Bool("confirmed", false) ?? false;
        Guid? attachTo = null;
        if (f.String("attachTo", false, 64) is { } id)
        {
            if (Guid.TryParse(id, out var g)) attachTo = g;
            else f.Error("attachTo", $"identifiant de personne attendu (un GUID), trouvé « {id} ».");
        }
        if (attachTo is not null && confirmed) f.Error("attachTo", "« attachTo » et « confirmed » s'excluent : rattacher à une personne connue, ou confirmer une autre personne.");
        f.RejectUnknown();
        if (referral is null || person is null) return null;
        return referral with { Plie = plie, Person = person, PersonInformed = informed ?? false, ConfirmedNew = confirmed, AttachTo = attachTo };
    }

    private static ReferralRequest Referral(JsonElement element, string path, List<JourneyImportError> errors)
    {
        var f = new JsonFields(element, path, errors);
        var request = new ReferralRequest
        {
            Date = f.Date("date", false),
            PrescriberKind = f.String("prescriberKind", false, 32),
            PrescriberOrg = f.String("prescriberOrg", false, 64),
            Channel = f.String("channel", true, 32),
        };
        f.RejectUnknown();
        return request;
    }

    private static ReferredPerson Person(JsonElement element, string path, List<JourneyImportError> errors)
    {
        var f = new JsonFields(element, path, errors);
        var person = new ReferredPerson
        {
            LastName = f.String("lastName", true, 100),
            FirstName = f.String("firstName", true, 100),
            BirthName = f.String("birthName", false, 100),
            BirthDate = f.Date("birthDate", true),
            Sex = f.String("sex", true, 1),
            CommuneInsee = f.String("communeInsee", true, 5),
            FranceTravailId = f.String("franceTravailId", false, 16),
            Situation = f.Object("situation", true) is { } s ? Situation(s, f.PathOf("situation"), errors) : new SituationDto(),
        };
        f.RejectUnknown();
        return person;
    }

    // Contract §4's situation: flags not given are false.
    private static SituationDto Situation(JsonElement element, string path, List<JourneyImportError> errors)
    {
        var f = new JsonFields(element, path, errors);
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
        f.RejectUnknown();
        return dto;
    }
}
