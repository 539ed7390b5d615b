using System.Text;
using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Tests.Exchange;

/// <summary>A small, valid journey file in the shape of contract §4, and helpers to read it.</summary>
public static class JourneyFiles
{
    public static readonly DateOnly Today = new(2026, 6, 30);

    public const string Valid = """
        {
          "format": "passerelle-journeys",
          "version": 1,
          "plie": "casa",
          "persons": [
            {
              "ref": "LEGACY-000123",
              "lastName": "Martin", "firstName": "Awa", "birthDate": "1981-04-02", "sex": "F",
              "communeInsee": "06004",
              "franceTravailId": "1234567a",
              "situation": { "rsa": true, "ass": false, "aah": false, "rqth": false, "qpv": false,
                             "longTermUnemployed": true, "educationLevel": 3, "singleParent": false,
                             "selfEmployed": false, "followedByMissionLocale": false },
              "events": [
                { "type": "referral", "date": "2025-01-10", "prescriberKind": "france_travail", "prescriberOrg": "FT-ANTIBES", "channel": "flow" },
                { "type": "first_contact", "date": "2025-01-20", "mode": "individual", "attended": true },
                { "type": "diagnostic_start", "date": "2025-01-20" },
                { "type": "integration", "date": "2025-02-15", "referent": "referente@casa.test" },
                { "type": "contact", "date": "2025-03-10", "mode": "phone" },
                { "type": "contract", "start": "2025-04-01", "end": "2025-12-31", "kind": "cdd", "weeklyHours": 35.0 },
                { "type": "exit", "date": "2025-10-01", "reason": "employment", "proofs": ["contract", "payslips"] }
              ]
            },
            {
              "events": [
                { "type": "referral", "date": "2024-03-04", "prescriberKind": "pole_emploi", "channel": "info_session" },
                { "type": "info_session", "date": "2024-03-12", "organiser": "PE", "attended": true },
                { "type": "first_contact", "date": "2024-03-20", "mode": "collective", "attended": true },
                { "type": "diagnostic_start", "date": "2024-03-27" },
                { "type": "integration", "date": "2024-04-15" },
                { "type": "step", "start": "2024-05-02", "end": "2024-05-30", "kind": "workshop" },
                { "type": "training", "start": "2024-09-02", "end": "2025-03-28", "qualifying": true, "qualificationObtained": "2025-03-28" },
                { "type": "suspension", "start": "2024-09-02", "reason": "training" },
                { "type": "contract", "start": "2025-04-07", "kind": "temp", "weeklyHours": 17.5, "hoursWorked": 420, "insertionCompany": false },
                { "type": "refusal", "date": "2024-03-27", "reason": "not_eligible", "reorientation": "accompagnement_global" }
              ],
              "ref": "LEGACY-000007",
              "lastName": "N'Diaye", "firstName": "Jean-Éric", "birthDate": "1975-11-30", "sex": "M",
              "communeInsee": "06155",
              "situation": { "ass": true, "qpv": true }
            }
          ]
        }
        """;

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));

    public static string Text(MemoryStream stream) => Encoding.UTF8.GetString(stream.ToArray());

    /// <summary>
    /// The canonical form of a (valid) file: its normalised persons, ordered by ref, written by <see cref="JourneyWriter"/>.
    /// With a preset, as the export writes it: each exit with its contract §4.3 <c>computed</c> field under that protocol.
    /// </summary>
    public static async Task<string> CanonicalAsync(string json, string? preset = null)
    {
        var persons = new List<JourneyPersonDto>();
        var result = await new JourneyFileValidator(CommuneReferential.Shared).ValidateAsync(Stream(json), Today, _ => true,
            (p, _) => { persons.Add(p); return ValueTask.CompletedTask; });
        Assert.Empty(result.Errors);
        using var output = new MemoryStream();
        var exits = new ExitProtocols(preset is null ? [] : [new Protocol { Preset = preset, DefinitionJson = ProtocolPresets.Json(preset), ValidFrom = DateOnly.MinValue, ValidTo = DateOnly.MaxValue }]);
        await JourneyWriter.WriteAsync(new JourneyFile { Plie = result.Plie!, Persons = [.. persons.OrderBy(p => p.Ref, StringComparer.Ordinal).Select(exits.Annotate)] }, output);
        return Text(output);
    }
}
