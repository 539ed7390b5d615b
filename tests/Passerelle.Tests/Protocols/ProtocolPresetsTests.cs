using System.Text.Json;
using System.Text.RegularExpressions;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Tests.Protocols;

/// <summary>The shipped presets carry the seeds' figures (domain.md "Eligibility", "Objectives").</summary>
public class ProtocolPresetsTests
{
    public static TheoryData<string> Presets => [.. ProtocolPresets.Names];

    private static readonly string[] Kinds =
    [
        "territory", "age", "status_any", "not_status", "no_previous_pathway", "registered_job_seeker",
        "not_in_accompagnement_global", "judgement", "priority",
    ];

    [Theory]
    [MemberData(nameof(Presets))]
    public void Preset_loads_under_its_own_name_with_unique_rule_ids_and_known_kinds(string name)
    {
        var protocol = ProtocolPresets.Load(name);

        Assert.Equal(name, protocol.Preset);
        Assert.True(protocol.ValidFrom < protocol.ValidTo);
        Assert.Equal(protocol.Eligibility.Count, protocol.Eligibility.Select(r => r.Id).Distinct().Count());
        Assert.All(protocol.Eligibility, rule => Assert.Contains(rule.Kind, Kinds));
        Assert.Contains(protocol.Eligibility, rule => rule.Kind == "territory" && rule.Mandatory);
    }

    [Theory]
    [InlineData("casa-2021-2023", 24, new[] { "06004", "06152", "06155" })]
    [InlineData("cov-2020-2022", 3, new[] { "94022", "94054", "94077" })]
    [InlineData("martigues-2023-2027", 3, new[] { "13056", "13077", "13098" })]
    public void Territory_resolves_to_the_seed_communes(string name, int count, string[] communes)
    {
        var territory = ProtocolPresets.Load(name).Territory;

        var codes = CommuneReferential.Shared.ResolveTerritory(territory);

        Assert.Equal(count, codes.Count);
        Assert.All(communes, code => Assert.Contains(code, codes));
    }

    [Fact]
    public void Casa_age_rule_is_26_and_over_with_the_rsa_exception_at_25()
    {
        var age = ProtocolPresets.Load("casa-2021-2023").Eligibility.Single(r => r.Kind == "age");
        var parameters = age.Parameters!;

        Assert.True(age.Mandatory);
        Assert.Equal(26, parameters["minAge"].GetInt32());
        var exception = parameters["exception"];
        Assert.Equal(25, exception.GetProperty("age").GetInt32());
        Assert.Equal(["rsa"], Strings(exception.GetProperty("requires")));
        Assert.Equal(["followedByMissionLocale"], Strings(exception.GetProperty("requiresNot")));
    }

    [Theory]
    [InlineData("casa-2021-2023", "status", new[] { "rsa", "ass", "longTermUnemployed" })]
    [InlineData("cov-2020-2022", "cumulated_difficulties", new[] { "qpv" })]
    [InlineData("martigues-2023-2027", "typical_public", new[] { "rsa", "ass", "aah", "longTermUnemployed", "rqth", "qpv", "singleParent" })]
    public void Status_rules_pass_on_a_listed_status_and_otherwise_await_a_judgement(string name, string id, string[] anyOf)
    {
        var rule = ProtocolPresets.Load(name).Eligibility.Single(r => r.Id == id);

        Assert.Equal("status_any", rule.Kind);
        Assert.True(rule.Judgement);
        Assert.Equal(anyOf, Strings(rule.Parameters!["anyOf"]));
        Assert.False(string.IsNullOrWhiteSpace(rule.Parameters["otherwiseJudgement"].GetString()));
    }

    [Theory]
    [InlineData("casa-2021-2023", "no_previous_pathway", "not_self_employed")]
    [InlineData("cov-2020-2022", "registered_job_seeker", "not_in_accompagnement_global")]
    [InlineData("martigues-2023-2027", "registered_job_seeker", "age")]
    public void Seed_specific_mandatory_rules_are_present(string name, string firstId, string secondId)
    {
        var rules = ProtocolPresets.Load(name).Eligibility.Where(r => r.Mandatory).Select(r => r.Id).ToList();

        Assert.Contains(firstId, rules);
        Assert.Contains(secondId, rules);
    }

    [Theory]
    [InlineData("casa-2021-2023", 24, 0, 6, 1, 1)]
    [InlineData("cov-2020-2022", 24, 0, 6, 2, 0)]
    [InlineData("martigues-2023-2027", 18, 6, 3, 1, 1)]
    public void Pathway_has_the_seed_durations_and_rhythm(string name, int maxMonths, int extension, int followUp, int contacts, int interviews)
    {
        var pathway = ProtocolPresets.Load(name).Pathway;

        Assert.Equal(maxMonths, pathway.MaxMonths);
        Assert.Equal(extension, pathway.ExtensionMonths);
        Assert.Equal(followUp, pathway.FollowUpMonths);
        Assert.Equal(contacts, pathway.ContactsPerMonth);
        Assert.Equal(interviews, pathway.InterviewsPerMonth);
        Assert.Contains("training", pathway.ContactExemptDuring);
        Assert.Contains("suspension", pathway.ContactExemptDuring);
    }

    [Theory]
    [InlineData("casa-2021-2023", 45, 65)]
    [InlineData("cov-2020-2022", null, 70)]
    [InlineData("martigues-2023-2027", 60, null)]
    public void Caseload_has_the_seed_norm(string name, int? min, int? max)
    {
        var caseload = ProtocolPresets.Load(name).Caseload;

        Assert.Equal(min, caseload.Min);
        Assert.Equal(max, caseload.Max);
    }

    [Theory]
    [InlineData("casa-2021-2023", "people_accompanied", 750, "people", "protocol", "003 art. 5")]
    [InlineData("casa-2021-2023", "rsa_accompanied", 480, "people", "protocol", "003 art. 5")]
    [InlineData("casa-2021-2023", "positive_exit_rate", 0.50, "share", "protocol", "003 art. 5")]
    [InlineData("casa-2021-2023", "work_contract_rate", 0.40, "share", "protocol", "003 art. 5")]
    [InlineData("casa-2021-2023", "participants_per_year", 250, "people", "year", "000 art. 3-1")]
    [InlineData("cov-2020-2022", "referrals_from_france_travail", 250, "referrals", "year", "001 art. 2-4 a")]
    [InlineData("martigues-2023-2027", "new_integrations", 225, "integrations", "year", "002 art. 3-1")]
    [InlineData("martigues-2023-2027", "positive_exit_rate", 0.50, "share", "year", "002 art. 3-1")]
    public void Objectives_carry_the_seed_figures(string name, string id, double target, string unit, string period, string source)
    {
        var objective = ProtocolPresets.Load(name).Objectives.Single(o => o.Id == id);

        Assert.Equal((decimal)target, objective.Target);
        Assert.Equal(unit, objective.Unit);
        Assert.Equal(period, objective.Period);
        Assert.StartsWith(source, objective.Source);
    }

    [Fact]
    public void Cov_referral_objective_is_a_range_of_250_to_300()
    {
        var objective = ProtocolPresets.Load("cov-2020-2022").Objectives.Single(o => o.Id == "referrals_from_france_travail");

        Assert.Equal(300m, objective.TargetMax);
    }

    [Theory]
    [InlineData("cov-2020-2022", "longTermUnemployed", null, 0.50)]
    [InlineData("martigues-2023-2027", "rsa", 0.60, null)]
    public void Quotas_carry_the_seed_shares(string name, string criterion, double? min, double? max)
    {
        var quota = Assert.Single(ProtocolPresets.Load(name).Quotas);

        Assert.Equal(criterion, quota.Criterion);
        Assert.Equal((decimal?)min, quota.MinShare);
        Assert.Equal((decimal?)max, quota.MaxShare);
    }

    [Fact]
    public void Casa_positive_exits_follow_protocol_article_5()
    {
        var exits = ProtocolPresets.Load("casa-2021-2023").Exits;

        Assert.Equal(6, exits.DurableContractMonths);
        Assert.Equal(17.5m, exits.HalfTimeWeeklyHours);
        Assert.Equal(910, exits.TempHours);
        Assert.Equal(9, exits.TempWindowMonths);
        Assert.Equal(["cui_pec", "iae"], exits.ExcludedContractKinds);
        Assert.Equal(3, exits.AtypicalCriteria.Count);
        Assert.True(exits.DeclaredWithoutProofCountsPositive);
        Assert.Equal(["positive", "dropout", "long_pathway", "administrative", "other"], exits.ExitTypes);
    }

    [Theory]
    // 003 art. 5: « Parcours long … au moins 24 mois », « Administratives : déménagement, grossesse, retraite,
    // incarcération… » (santé : « Autres ») ; 002 art. 3-3 (18 mois) and 3-4 b (« décès, déménagement, maternité,
    // problèmes de santé »).
    [InlineData("casa-2021-2023", 24, false)]
    [InlineData("cov-2020-2022", 24, false)]
    [InlineData("martigues-2023-2027", 18, true)]
    public void Exit_types_follow_each_seed(string preset, int longPathwayMonths, bool healthIsAdministrative)
    {
        var exits = ProtocolPresets.Load(preset).Exits;

        Assert.Equal(12, exits.AtypicalContractMonths);
        Assert.Equal(longPathwayMonths, exits.LongPathwayMonths);
        Assert.Equal(healthIsAdministrative, exits.AdministrativeReasons!.Contains("health"));
        Assert.Subset(exits.AdministrativeReasons!.ToHashSet(), new HashSet<string> { "moved", "pregnancy", "retirement", "incarceration", "death" });
    }

    [Fact]
    public void Martigues_counts_dynamic_and_max_duration_exits_apart()
    {
        var exits = ProtocolPresets.Load("martigues-2023-2027").Exits;

        Assert.Contains("dynamic", exits.ExitTypes);
        Assert.Contains("max_duration_reached", exits.ExitTypes);
        Assert.False(exits.AtypicalCountsPositive);
    }

    [Theory]
    [InlineData("casa-2021-2023", "Commission ad hoc", false, false)]
    [InlineData("cov-2020-2022", "CGP", true, true)]
    [InlineData("martigues-2023-2027", "CISP", true, true)]
    public void Commission_and_bilan_options_follow_the_seed(string name, string commission, bool validatesIntegrations, bool infoSessions)
    {
        var protocol = ProtocolPresets.Load(name);

        Assert.Contains(commission, protocol.Commission.Name);
        Assert.Equal(validatesIntegrations, protocol.Commission.ValidatesIntegrations);
        Assert.Equal(infoSessions, protocol.Bilan.InfoSessionsInDenominator);
    }

    [Theory]
    [InlineData("casa-2021-2023", 10, null, "2022-12-31")]
    [InlineData("cov-2020-2022", null, 2, "2022-12-31")]
    [InlineData("martigues-2023-2027", null, 6, "2027-12-31")]
    public void Retention_follows_the_convention(string name, int? maxYears, int? maxMonthsAfterEnd, string conventionEnd)
    {
        var retention = ProtocolPresets.Load(name).Retention;

        Assert.Equal(0, retention.NotIntegratedMonths);
        Assert.Equal(maxYears, retention.MaxYearsAfterConventionEnd);
        Assert.Equal(maxMonthsAfterEnd, retention.MaxMonthsAfterConventionEnd);
        Assert.Equal(DateOnly.Parse(conventionEnd), retention.ConventionEnd);
    }

    [Theory]
    [MemberData(nameof(Presets))]
    public void Every_rule_and_figure_names_its_seed(string name)
    {
        var protocol = ProtocolPresets.Load(name);
        var sources = new List<(string What, string Source)>
        {
            ("preset", protocol.Source), ("territory", protocol.Territory.Source), ("pathway", protocol.Pathway.Source),
            ("caseload", protocol.Caseload.Source), ("exits", protocol.Exits.Source),
            ("commission", protocol.Commission.Source), ("bilan", protocol.Bilan.Source), ("retention", protocol.Retention.Source),
        };
        sources.AddRange(protocol.Eligibility.Select(r => ($"rule {r.Id}", r.Source)));
        sources.AddRange(protocol.Objectives.Select(o => ($"objective {o.Id}", o.Source)));
        sources.AddRange(protocol.Quotas.Select(q => ($"quota {q.Id}", q.Source)));

        // A source starts with a seed file number: 000 to 004.
        Assert.All(sources, s => Assert.Matches(SeedReference, s.Source));
    }

    private static readonly Regex SeedReference = new(@"^00[0-4] \S", RegexOptions.CultureInvariant);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
