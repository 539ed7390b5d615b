using System.Text.Json;
using Passerelle.Core.Protocols;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Eligibility;

/// <summary>Contract §3 `eligibility --plie CODE --on DATE`: a person on standard input, §5 on standard output.</summary>
public class EligibilityCliTests : DatabaseTest
{
    private const string Person = """
        {
          "ref": "LEGACY-000123",
          "lastName": "Martin", "firstName": "Awa", "birthDate": "1981-04-02", "sex": "F",
          "communeInsee": "06088",
          "franceTravailId": "1234567A",
          "situation": { "rsa": true, "longTermUnemployed": true, "educationLevel": 3 },
          "events": [ { "type": "referral", "date": "2022-01-10", "prescriberKind": "france_travail",
                        "prescriberOrg": "FT-ANTIBES", "channel": "flow" } ]
        }
        """;

    [Fact]
    public async Task A_valid_person_gets_the_answer_in_json_on_stdout()
    {
        await Seed.PlieAsync(Db, "casa");

        var (code, stdout, stderr) = await CliRun.RunWithInputAsync(Db, Person, "eligibility", "--plie", "casa", "--on", "2022-02-01");

        Assert.True(code == 0, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.False(root.GetProperty("eligible").GetBoolean());
        var rules = root.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(ProtocolPresets.Load("casa-2021-2023").Eligibility.Select(r => r.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var territory = rules[0];
        Assert.False(territory.GetProperty("passed").GetBoolean());
        Assert.Equal("commune 06088 (Nice) hors du territoire du PLIE", territory.GetProperty("detail").GetString());
        Assert.Equal(JsonValueKind.Null, rules.Single(r => r.GetProperty("id").GetString() == "willing_and_able").GetProperty("passed").ValueKind);
        Assert.Contains("willing_and_able", root.GetProperty("toConfirm").EnumerateArray().Select(e => e.GetString()));
        // Indented, camelCase, accents as they are.
        Assert.Contains("\n  \"rules\": [", stdout, StringComparison.Ordinal);
        Assert.Contains("à confirmer par le référent", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_person_exits_2_with_every_problem_by_json_path()
    {
        await Seed.PlieAsync(Db, "casa");
        var bad = Person
            .Replace("\"sex\": \"F\",", "\"sex\": \"F\", \"nickname\": \"Wawa\",", StringComparison.Ordinal)
            .Replace("1981-04-02", "1981-02-30", StringComparison.Ordinal)
            .Replace("\"rsa\": true", "\"rsa\": \"oui\"", StringComparison.Ordinal);

        var (code, stdout, stderr) = await CliRun.RunWithInputAsync(Db, bad, "eligibility", "--plie", "casa", "--on", "2022-02-01");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("$.nickname : champ inconnu « nickname »", stderr, StringComparison.Ordinal);
        Assert.Contains("$.birthDate : date impossible ou mal écrite « 1981-02-30 »", stderr, StringComparison.Ordinal);
        Assert.Contains("$.situation.rsa : doit être un booléen", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_json_exits_2()
    {
        await Seed.PlieAsync(Db, "casa");

        var (code, stdout, stderr) = await CliRun.RunWithInputAsync(Db, "{ \"ref\": ", "eligibility", "--plie", "casa", "--on", "2022-02-01");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("$ : JSON mal formé", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_PLIE_exits_2()
    {
        var (code, stdout, stderr) = await CliRun.RunWithInputAsync(Db, Person, "eligibility", "--plie", "atlantis", "--on", "2022-02-01");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("Aucun PLIE ne porte le code « atlantis »", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_date_exits_2()
    {
        await Seed.PlieAsync(Db, "casa");

        var (code, _, stderr) = await CliRun.RunWithInputAsync(Db, Person, "eligibility", "--plie", "casa", "--on", "2022-13-01");

        Assert.Equal(2, code);
        Assert.Contains("--on : date impossible ou mal écrite « 2022-13-01 »", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_the_verb()
    {
        var (code, stdout, _) = await CliRun.RunAsync(Db, "eligibility", "--help");

        Assert.Equal(0, code);
        Assert.Contains("--plie", stdout, StringComparison.Ordinal);
        Assert.Contains("--on", stdout, StringComparison.Ordinal);
        Assert.Contains("entrée standard", stdout, StringComparison.Ordinal);
    }
}
