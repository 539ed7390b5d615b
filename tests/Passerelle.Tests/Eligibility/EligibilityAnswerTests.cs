using System.Text.Json;
using Passerelle.Core.Eligibility;
using Passerelle.Core.Exchange;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Eligibility;

/// <summary>Contract §5, for every preset and for protocols that exist only as data.</summary>
public class EligibilityAnswerTests
{
    public static TheoryData<string, string, int, bool, bool, bool> People => new()
    {
        // preset, commune, age, rsa, self-employed, qpv
        { "casa-2021-2023", "06004", 40, true, false, false },
        { "casa-2021-2023", "06088", 24, false, true, true },
        { "casa-2021-2023", "06004", 25, true, false, true },
        { "cov-2020-2022", "94054", 30, false, false, true },
        { "cov-2020-2022", "94041", 30, true, false, false },
        { "martigues-2023-2027", "13077", 17, true, false, true },
        { "martigues-2023-2027", "13098", 58, false, false, false },
    };

    [Theory]
    [MemberData(nameof(People))]
    public void Every_rule_appears_in_protocol_order_and_eligible_is_false_only_when_a_mandatory_rule_failed(
        string preset, string commune, int age, bool rsa, bool selfEmployed, bool qpv)
    {
        var protocol = ProtocolPresets.Load(preset);
        var on = protocol.ValidFrom.AddMonths(18);
        var person = new Candidate { Commune = commune, Age = age, Situation = new() { Rsa = rsa, SelfEmployed = selfEmployed, Qpv = qpv } }.On(on);

        var answer = Candidate.Evaluate(protocol, person, on);

        Assert.Equal(protocol.Eligibility.Select(r => r.Id), answer.Rules.Select(r => r.Id));
        Assert.Equal(answer.Rules.Where(r => r.Passed is null).Select(r => r.Id), answer.ToConfirm);
        var mandatoryFailed = protocol.Eligibility.Zip(answer.Rules).Any(p => p.First.Mandatory && p.Second.Passed == false);
        Assert.Equal(!mandatoryFailed, answer.Eligible);
        Assert.All(answer.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Detail)));
    }

    [Fact]
    public void Judgement_and_unknown_facts_never_fail_a_rule_by_themselves()
    {
        // The least documented person there is: no situation, no France Travail id, no events.
        foreach (var preset in ProtocolPresets.Names)
        {
            var protocol = ProtocolPresets.Load(preset);
            var on = protocol.ValidFrom.AddMonths(6);
            var commune = CommuneOf(protocol);
            var answer = Candidate.Evaluate(protocol, new Candidate { Commune = commune, FranceTravailId = null, Situation = new() }.On(on), on);

            Assert.True(answer.Eligible, preset);
            Assert.All(protocol.Eligibility.Where(r => r.Judgement && r.Mandatory),
                rule => Assert.NotEqual(false, answer.Rule(rule.Id).Passed));
        }
    }

    [Fact]
    public void The_answer_is_written_camel_case_with_null_for_rules_to_confirm()
    {
        var answer = new EligibilityAnswer(false,
            [new("territory", false, "commune 06088 (Nice) hors du territoire du PLIE"), new("willing_and_able", null, "à confirmer par le référent")],
            ["willing_and_able"]);

        var json = JsonSerializer.Serialize(answer, EligibilityJson.Options);

        using var doc = JsonDocument.Parse(json);
        Assert.False(doc.RootElement.GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("rules")[1].GetProperty("passed").ValueKind);
        Assert.Equal("willing_and_able", doc.RootElement.GetProperty("toConfirm")[0].GetString());
        Assert.Contains("\"detail\": \"à confirmer par le référent\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_protocol_is_data_the_same_kinds_with_other_parameters_give_other_answers()
    {
        // A made-up PLIE: two communes, under 30 (exclusive bound), ASS or a low qualification, AAH excluding.
        var protocol = ProtocolPresets.Load("martigues-2023-2027") with
        {
            Territory = new Territory(["69123", "69266"], [], "test"),
            Eligibility =
            [
                Rule("territory", "territory", true),
                Rule("age", "age", true, """{ "youngerThan": 30, "olderThan": 20 }"""),
                Rule("public", "status_any", true, """{ "anyOf": ["ass"], "anyOfProfiles": [{ "educationLevelMax": 2 }] }"""),
                Rule("no_aah", "not_status", true, """{ "status": "aah" }"""),
                Rule("first_time", "no_previous_pathway", true, """{ "scope": "any" }"""),
            ],
        };
        var on = new DateOnly(2025, 1, 15);
        EligibilityAnswer Evaluate(Candidate c) => Candidate.Evaluate(protocol, c.On(on), on);
        var lyon = new Candidate { Commune = "69123", Age = 25, Situation = new() { Ass = true } };

        Assert.True(Evaluate(lyon).Eligible);
        Assert.True(Evaluate(lyon with { Commune = "69266" }).Rule("territory").Passed);
        Assert.False(Evaluate(lyon with { Commune = "13056" }).Eligible);
        Assert.False(Evaluate(lyon with { Age = 30 }).Rule("age").Passed);
        Assert.False(Evaluate(lyon with { Age = 20 }).Rule("age").Passed);
        Assert.True(Evaluate(lyon with { Situation = new() { EducationLevel = 1 } }).Rule("public").Passed);
        Assert.False(Evaluate(lyon with { Situation = new() { EducationLevel = 3 } }).Rule("public").Passed);
        Assert.False(Evaluate(lyon with { Situation = new() { Ass = true, Aah = true } }).Eligible);
        Assert.False(Evaluate(lyon with { Events = Candidate.Pathway(new(2010, 1, 1), new(2011, 1, 1), "pregnancy") }).Eligible);
    }

    [Fact]
    public void A_rule_of_an_unknown_kind_or_situation_field_is_a_misconfigured_protocol()
    {
        var protocol = ProtocolPresets.Load("cov-2020-2022");
        var on = new DateOnly(2021, 1, 1);
        var person = new Candidate { Commune = "94022" }.On(on);

        var unknownKind = Assert.Throws<InvalidOperationException>(() =>
            Candidate.Evaluate(protocol with { Eligibility = [Rule("horoscope", "star_sign", true)] }, person, on));
        var unknownField = Assert.Throws<InvalidOperationException>(() =>
            Candidate.Evaluate(protocol with { Eligibility = [Rule("x", "not_status", true, """{ "status": "lottery" }""")] }, person, on));

        Assert.Contains("star_sign", unknownKind.Message, StringComparison.Ordinal);
        Assert.Contains("lottery", unknownField.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_kind_the_presets_use_has_a_check()
    {
        var used = ProtocolPresets.Names.SelectMany(n => ProtocolPresets.Load(n).Eligibility).Select(r => r.Kind).Distinct();

        Assert.All(used, kind => Assert.Contains(kind, EligibilityEvaluator.Kinds));
    }

    [Fact]
    public void A_person_whose_birth_date_was_erased_has_the_age_rule_to_confirm()
    {
        var protocol = ProtocolPresets.Load("martigues-2023-2027");
        var on = new DateOnly(2024, 1, 1);
        var person = new Candidate { Commune = "13056" }.On(on) with { BirthDate = default };

        var answer = Candidate.Evaluate(protocol, person, on);

        Assert.Null(answer.Rule("age").Passed);
        Assert.True(answer.Eligible);
    }

    private static string CommuneOf(ProtocolDefinition protocol) =>
        Core.Referentials.CommuneReferential.Shared.ResolveTerritory(protocol.Territory).Order(StringComparer.Ordinal).First();

    private static EligibilityRule Rule(string id, string kind, bool mandatory, string? parameters = null) =>
        new(id, kind, id, mandatory, false, "test",
            parameters is null ? null : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(parameters));
}
