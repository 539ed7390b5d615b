using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>
/// Barriers (seed 000 data annex « Données liées aux freins périphériques », seed 003 « Les freins à l'emploi »),
/// requests to France Travail (seed 000 art. 6, « état des demandes … et des réalisations effectives ») and referent
/// changes (domain.md step 6) and extensions granted by the commission (002 art. 3-3, 000 art. 3-3) in the interchange format: additions to contract §4.1, under the §4.2 rules.
/// </summary>
public class PathwayFactExchangeTests : ExchangeTest
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
                { "type": "barrier", "start": "2025-01-20", "family": "transport", "workedFrom": "2025-02-20", "end": "2025-06-01" },
                { "type": "barrier", "start": "2025-01-20", "family": "career" },
                { "type": "integration", "date": "2025-02-15", "referent": "referente@casa.test" },
                { "type": "request", "date": "2025-03-01", "kind": "licence_b", "outcome": "realised", "outcomeDate": "2025-04-10" },
                { "type": "request", "date": "2025-05-01", "kind": "afc" },
                { "type": "referent_change", "date": "2025-06-02", "referent": "autre@casa.test", "reason": "absence" },
                { "type": "extension", "date": "2025-07-01", "months": 6 }
              ]
            }
          ]
        }
        """;

    [Fact]
    public async Task Barriers_requests_referent_changes_and_extensions_import_and_export_unchanged()
    {
        await Seed.PlieAsync(Db, "casa");

        var result = await ImportAsync(File);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Path + " " + e.Message)));
        Assert.Equal(await JourneyFiles.CanonicalAsync(File), await ExportAsync("casa"));
        var again = await ImportAsync(await ExportAsync("casa"));
        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
    }

    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, text to replace, replacement, expected "path|fragment of the message"
        { "unknown barrier family", "\"family\": \"transport\"", "\"family\": \"argent\"", "$.persons[0].events[1].family|code inconnu « argent »" },
        { "worked before identified", "\"workedFrom\": \"2025-02-20\"", "\"workedFrom\": \"2025-01-19\"", "$.persons[0].events[1].workedFrom|avant son identification" },
        { "worked after lifted", "\"workedFrom\": \"2025-02-20\"", "\"workedFrom\": \"2025-06-02\"", "$.persons[0].events[1].workedFrom|après sa levée" },
        { "lifted before identified", "\"end\": \"2025-06-01\"", "\"end\": \"2025-01-01\"", "$.persons[0].events[1].end|fin antérieure au début" },
        { "unknown request kind", "\"kind\": \"afc\"", "\"kind\": \"stage\"", "$.persons[0].events[5].kind|code inconnu « stage »" },
        { "outcome without its date", ", \"outcomeDate\": \"2025-04-10\"", "", "$.persons[0].events[4].outcomeDate|vont ensemble" },
        { "outcome date without outcome", "\"outcome\": \"realised\", ", "", "$.persons[0].events[4].outcome|vont ensemble" },
        { "answer before the request", "\"outcomeDate\": \"2025-04-10\"", "\"outcomeDate\": \"2025-02-10\"", "$.persons[0].events[4].outcomeDate|antérieure à la demande" },
        { "unknown outcome", "\"outcome\": \"realised\"", "\"outcome\": \"peut-être\"", "$.persons[0].events[4].outcome|code inconnu « peut-être »" },
        { "referent change outside a pathway", "\"date\": \"2025-06-02\"", "\"date\": \"2025-02-01\"", "$.persons[0].events[6]|hors parcours" },
        { "referent change reason in free text", "\"reason\": \"absence\"", "\"reason\": \"congé maternité de Mme X\"", "$.persons[0].events[6].reason|code inconnu" },
        { "extension outside a pathway", "\"date\": \"2025-07-01\"", "\"date\": \"2025-02-01\"", "$.persons[0].events[7]|prolongation hors parcours" },
        { "extension of no month", "\"months\": 6", "\"months\": 0", "$.persons[0].events[7].months|entre 1 et 24 mois" },
        { "extension of 25 months", "\"months\": 6", "\"months\": 25", "$.persons[0].events[7].months|entre 1 et 24 mois" },
        { "extension in words", "\"months\": 6", "\"months\": \"six\"", "$.persons[0].events[7].months|nombre entier" },
        { "extension without months", ", \"months\": 6", "", "$.persons[0].events[7].months|champ obligatoire manquant" },
        { "referent change without referent", "\"referent\": \"autre@casa.test\", ", "", "$.persons[0].events[6].referent|champ obligatoire manquant" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_fact_is_refused_with_its_path_and_changes_nothing(string name, string from, string to, string expected)
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
