using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>
/// The sectors of activity wished by a person and validated by the referent (seed 003, activity report: « Les souhaits
/// de secteurs d'activité les plus souvent exprimés par les participants et validés par les référentes … »), as ROME
/// grands domaines, in the interchange format: an addition to contract §4.1 under the §4.2 rules (docs/journey-format.md).
/// </summary>
public class SectorWishExchangeTests : ExchangeTest
{
    private const string File = """
        {
          "format": "passerelle-journeys",
          "version": 1,
          "plie": "casa",
          "persons": [
            {
              "ref": "P-1",
              "lastName": "Martin", "firstName": "Awa", "birthDate": "1981-04-02", "sex": "F",
              "communeInsee": "06004",
              "situation": { "rsa": true },
              "events": [
                { "type": "referral", "date": "2025-01-10", "prescriberKind": "france_travail", "channel": "flow" },
                { "type": "sector_wish", "date": "2025-01-20", "sector": "K" },
                { "type": "integration", "date": "2025-02-15", "referent": "referente@casa.test" },
                { "type": "sector_wish", "date": "2025-04-01", "sector": "D" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task Sector_wishes_at_the_diagnostic_and_in_pathway_import_and_export_unchanged()
    {
        await Seed.PlieAsync(Db, "casa");

        var result = await ImportAsync(File);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Path + " " + e.Message)));
        var exported = await ExportAsync("casa");
        Assert.Equal(await JourneyFiles.CanonicalAsync(File), exported);
        Assert.Contains("\"sector\": \"D\"", exported, StringComparison.Ordinal);
        var again = await ImportAsync(exported);
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, text to replace, replacement, expected "path|fragment of the message"
        { "unknown sector letter", "\"sector\": \"D\"", "\"sector\": \"O\"", "$.persons[0].events[3].sector|code inconnu « O »" },
        { "sector in lower case", "\"sector\": \"D\"", "\"sector\": \"d\"", "$.persons[0].events[3].sector|code inconnu « d »" },
        { "sector in free text", "\"sector\": \"K\"", "\"sector\": \"nettoyage de locaux\"", "$.persons[0].events[1].sector|code inconnu" },
        { "sector as a number", "\"sector\": \"K\"", "\"sector\": 11", "$.persons[0].events[1].sector|code (chaîne)" },
        { "sector missing", ", \"sector\": \"K\"", "", "$.persons[0].events[1].sector|champ obligatoire manquant" },
        { "date missing", "\"date\": \"2025-04-01\", ", "", "$.persons[0].events[3].date|champ obligatoire manquant" },
        { "date in the future", "\"date\": \"2025-04-01\"", "\"date\": \"2099-04-01\"", "$.persons[0].events[3].date|date dans le futur" },
        { "unknown field", "\"sector\": \"D\"", "\"sector\": \"D\", \"metier\": \"K2204\"", "$.persons[0].events[3].metier|" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_sector_wish_is_refused_with_its_path_and_changes_nothing(string name, string from, string to, string expected)
    {
        Assert.Contains(from, File);
        await Seed.PlieAsync(Db, "casa");
        var before = await CountsAsync();

        var result = await ImportAsync(File.Replace(from, to, StringComparison.Ordinal));

        Assert.False(result.Succeeded, name);
        var (path, fragment) = (expected.Split('|')[0], expected.Split('|')[1]);
        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }
}
