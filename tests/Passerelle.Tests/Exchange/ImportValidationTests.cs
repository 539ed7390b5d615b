using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>Contract §4.2: a bad file is refused whole, every problem listed with its JSON path, nothing written.</summary>
public class ImportValidationTests : ExchangeTest
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        // name, text to replace in the valid file, replacement, expected "path|fragment of the message"
        { "unknown code", "\"mode\": \"phone\"", "\"mode\": \"pigeon\"", "$.persons[0].events[4].mode|code inconnu « pigeon »" },
        { "unknown event type", "\"type\": \"contact\"", "\"type\": \"visit\"", "$.persons[0].events[4].type|code inconnu « visit »" },
        { "end before start", "\"end\": \"2025-12-31\"", "\"end\": \"2025-03-01\"", "$.persons[0].events[5].end|fin antérieure au début" },
        { "exit before integration", "\"date\": \"2025-10-01\"", "\"date\": \"2025-02-01\"", "$.persons[0].events[6]|sortie sans intégration" },
        { "integration without referral", "\"date\": \"2025-01-10\"", "\"date\": \"2025-03-01\"", "$.persons[0].events[3]|intégration sans orientation" },
        { "event after exit", "\"date\": \"2025-03-10\"", "\"date\": \"2025-11-10\"", "$.persons[0].events[4]|après la sortie" },
        { "duplicate ref", "\"LEGACY-000007\"", "\"LEGACY-000123\"", "$.persons[1].ref|déjà utilisée par $.persons[0]" },
        { "broken JSON", "\"sex\": \"F\",", "\"sex\": \"F\"", "$|JSON mal formé à la ligne 9, octet 7" },
        { "unknown person field", "\"sex\": \"F\",", "\"sex\": \"F\", \"nickname\": \"Awa\",", "$.persons[0].nickname|champ inconnu" },
        { "unknown event field", "\"channel\": \"flow\"", "\"channel\": \"flow\", \"colour\": \"blue\"", "$.persons[0].events[0].colour|champ inconnu" },
        { "unknown situation field", "\"rsa\": true,", "\"rsa\": true, \"rsa2\": true,", "$.persons[0].situation.rsa2|champ inconnu" },
        { "unknown root field", "\"version\": 1,", "\"version\": 1, \"comment\": \"x\",", "$.comment|champ inconnu" },
        { "future date", "\"date\": \"2025-03-10\"", "\"date\": \"2026-07-01\"", "$.persons[0].events[4].date|dans le futur" },
        { "event before birth", "\"birthDate\": \"1981-04-02\"", "\"birthDate\": \"2025-01-15\"", "$.persons[0].events[0].date|antérieure à la naissance" },
        { "wrong format", "\"format\": \"passerelle-journeys\"", "\"format\": \"journeys\"", "$.format|format inattendu" },
        { "wrong version", "\"version\": 1", "\"version\": 2", "$.version|version 2 non prise en charge" },
        { "unknown plie", "\"plie\": \"casa\"", "\"plie\": \"atlantis\"", "$.plie|PLIE inconnu « atlantis »" },
        { "sex", "\"sex\": \"M\"", "\"sex\": \"X\"", "$.persons[1].sex|« F » ou « M »" },
        { "commune", "\"06155\"", "\"99999\"", "$.persons[1].communeInsee|code INSEE de commune inconnu" },
        { "education level", "\"educationLevel\": 3", "\"educationLevel\": 9", "$.persons[0].situation.educationLevel|hors nomenclature" },
        { "missing field", "\"lastName\": \"Martin\", ", "", "$.persons[0].lastName|champ obligatoire manquant" },
        { "wrong type", "\"attended\": true }", "\"attended\": \"oui\" }", "$.persons[0].events[1].attended|doit être un booléen" },
        { "impossible date", "\"2025-01-20\", \"mode\"", "\"2025-02-30\", \"mode\"", "$.persons[0].events[1].date|date impossible" },
        { "france travail id", "\"1234567a\"", "\"1234 567A\"", "$.persons[0].franceTravailId|1 à 16 lettres ou chiffres" },
        { "proof", "[\"contract\", \"payslips\"]", "[\"contract\", \"selfie\"]", "$.persons[0].events[6].proofs[1]|justificatif inconnu « selfie »" },
        { "free text where a code is expected", "\"accompagnement_global\"", "\"voir avec Mme Martin\"", "$.persons[1].events[9].reorientation|doit être un code" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_bad_file_is_refused_with_the_path_of_the_problem_and_changes_nothing(string name, string from, string to, string expected)
    {
        Assert.Contains(from, JourneyFiles.Valid);
        await Seed.PlieAsync(Db, "casa");
        var before = await CountsAsync();

        var result = await ImportAsync(JourneyFiles.Valid.Replace(from, to, StringComparison.Ordinal));

        Assert.False(result.Succeeded, name);
        var (path, fragment) = (expected.Split('|')[0], expected.Split('|')[1]);
        Assert.Contains(result.Errors, e => e.Path == path && e.Message.Contains(fragment, StringComparison.Ordinal));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Every_problem_of_a_file_is_listed()
    {
        await Seed.PlieAsync(Db, "casa");
        var json = JourneyFiles.Valid
            .Replace("\"mode\": \"phone\"", "\"mode\": \"pigeon\"", StringComparison.Ordinal)
            .Replace("\"end\": \"2025-12-31\"", "\"end\": \"2025-03-01\"", StringComparison.Ordinal)
            .Replace("\"LEGACY-000007\"", "\"LEGACY-000123\"", StringComparison.Ordinal)
            .Replace("\"version\": 1", "\"version\": 3", StringComparison.Ordinal)
            .Replace("\"sex\": \"M\"", "\"sex\": \"H\"", StringComparison.Ordinal);

        var result = await ImportAsync(json);

        Assert.Equal(
            ["$.version", "$.persons[0].events[4].mode", "$.persons[0].events[5].end", "$.persons[1].ref", "$.persons[1].sex"],
            result.Errors.Select(e => e.Path));
        Assert.Equal((0, 0, 0, 2), await CountsAsync());
    }
}
