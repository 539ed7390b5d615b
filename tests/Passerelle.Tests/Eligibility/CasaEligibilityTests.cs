using Passerelle.Core.Exchange;

namespace Passerelle.Tests.Eligibility;

/// <summary>
/// CASA protocol 2021-2023, seed 003 art. 3 (« Le Public »), with the CASA convention's publics "éligibles sur le
/// plan administratif" whom the offer cannot serve (seed 000 art. 3-1). Decisions dated inside the protocol period.
/// </summary>
public class CasaEligibilityTests
{
    private const string Casa = "casa-2021-2023";
    private static readonly DateOnly On = new(2022, 6, 15);
    private static readonly Candidate Eligible = new();

    [Theory]
    // 003 art. 2-3 « Etre domicilié dans une des communes de la CASA » (the 24 communes of EPCI 240600585).
    [InlineData("06004", true, "commune 06004 (Antibes) dans le territoire du PLIE")]
    [InlineData("06152", true, "commune 06152 (Valbonne) dans le territoire du PLIE")]
    [InlineData("06155", true, "commune 06155 (Vallauris) dans le territoire du PLIE")]
    [InlineData("06088", false, "commune 06088 (Nice) hors du territoire du PLIE")]
    [InlineData("06069", false, "commune 06069 (Grasse) hors du territoire du PLIE")]
    public void Seed_003_art_3_resident_of_one_of_the_24_communes(string commune, bool passed, string detail)
    {
        var answer = (Eligible with { Commune = commune }).Evaluate(Casa, On);

        Assert.Equal(passed, answer.Rule("territory").Passed);
        Assert.Equal(detail, answer.Rule("territory").Detail);
        Assert.Equal(passed, answer.Eligible);
    }

    [Theory]
    // 003 art. 3 « Etre âgé de plus de 26 ans (une exception est faite pour les jeune de 25 ans, ayant obtenus le
    // RSA et ne bénéficiant pas d'un suivi réalisé par une Mission Locale) »; the preset reads 26 as included.
    [InlineData(40, false, false, true)]
    [InlineData(26, false, false, true)]
    [InlineData(25, false, false, false)]
    [InlineData(25, true, false, true)]
    [InlineData(25, true, true, false)]
    [InlineData(24, true, false, false)]
    [InlineData(18, true, false, false)]
    public void Seed_003_art_3_over_26_or_25_on_the_RSA_without_a_Mission_Locale(int age, bool rsa, bool missionLocale, bool passed)
    {
        var candidate = Eligible with
        {
            Age = age,
            // Long-term unemployment keeps the status rule passing whatever the RSA: only the age is under test.
            Situation = new SituationDto { Rsa = rsa, LongTermUnemployed = true, FollowedByMissionLocale = missionLocale },
        };

        var answer = candidate.Evaluate(Casa, On);

        Assert.Equal(passed, answer.Rule("age").Passed);
        Assert.Equal(passed, answer.Eligible);
        Assert.StartsWith($"{age} ans le 15/06/2022", answer.Rule("age").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003_art_3_age_exception_details_say_why()
    {
        var admitted = (Eligible with { Age = 25 }).Evaluate(Casa, On).Rule("age");
        var followed = (Eligible with { Age = 25, Situation = new() { Rsa = true, FollowedByMissionLocale = true } }).Evaluate(Casa, On).Rule("age");

        Assert.Equal("25 ans le 15/06/2022 : exception admise (allocataire du RSA, non suivi par une Mission Locale)", admitted.Detail);
        Assert.Equal("25 ans le 15/06/2022, condition : 26 ans au moins ; exception des 25 ans non remplie (suivi par une Mission Locale)", followed.Detail);
    }

    [Theory]
    // Age is exact on the date: 26 on the very birthday, still 25 the day before.
    [InlineData("1996-06-15", "2022-06-15", true)]
    [InlineData("1996-06-15", "2022-06-14", false)]
    [InlineData("1996-06-15", "2022-06-16", true)]
    public void Seed_003_art_3_age_is_reached_on_the_birthday_itself(string born, string on, bool passed)
    {
        var date = DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture);
        var person = Eligible.On(date) with { BirthDate = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture), Situation = new() { Ass = true } };

        var answer = Candidate.Evaluate(Core.Protocols.ProtocolPresets.Load(Casa), person, date);

        Assert.Equal(passed, answer.Rule("age").Passed);
    }

    [Theory]
    // 003 art. 3 « allocataire des minima sociaux (RSA soumis aux droits et devoirs, ASS), demandeur d'emploi de
    // longue durée mais également demandeurs d'emploi présentant des risques d'exclusion à terme ».
    [InlineData(true, false, false, "situation déclarée : allocataire du RSA")]
    [InlineData(false, true, false, "situation déclarée : allocataire de l'ASS")]
    [InlineData(false, false, true, "situation déclarée : demandeur d'emploi de longue durée")]
    [InlineData(true, true, true, "situation déclarée : allocataire du RSA, allocataire de l'ASS, demandeur d'emploi de longue durée")]
    public void Seed_003_art_3_RSA_ASS_or_long_term_unemployed_pass_the_status_rule(bool rsa, bool ass, bool longTerm, string detail)
    {
        var answer = (Eligible with { Situation = new() { Rsa = rsa, Ass = ass, LongTermUnemployed = longTerm } }).Evaluate(Casa, On);

        Assert.True(answer.Rule("status").Passed);
        Assert.Equal(detail, answer.Rule("status").Detail);
        Assert.DoesNotContain("status", answer.ToConfirm);
    }

    [Fact]
    public void Seed_003_art_3_none_of_them_leaves_the_risk_of_exclusion_to_the_referent()
    {
        // « demandeurs d'emploi présentant des risques d'exclusion à terme » is a judgement, not a recorded fact.
        var answer = (Eligible with { Situation = new() }).Evaluate(Casa, On);

        Assert.Null(answer.Rule("status").Passed);
        Assert.Contains("status", answer.ToConfirm);
        Assert.Contains("risques d'exclusion à terme", answer.Rule("status").Detail, StringComparison.Ordinal);
        Assert.True(answer.Eligible);
    }

    [Fact]
    public void Seed_003_art_3_self_employed_workers_are_excluded()
    {
        // « ne pourront être intégrés dans le dispositif : … Les personnes reconnues comme travailleurs indépendants ».
        var answer = (Eligible with { Situation = new() { Rsa = true, SelfEmployed = true } }).Evaluate(Casa, On);

        Assert.False(answer.Rule("not_self_employed").Passed);
        Assert.Equal("situation déclarée : travailleur indépendant, motif d'exclusion", answer.Rule("not_self_employed").Detail);
        Assert.False(answer.Eligible);
    }

    [Theory]
    // « Les personnes ayant déjà suivi un parcours au sein du PLIE sur le présent protocole (excepté certaines
    // personnes sorties pour raison administrative _ grossesse, déménagement, incarcération, soucis de santé) ».
    [InlineData("dropout", false)]
    [InlineData("employment", false)]
    [InlineData("end_of_pathway", false)]
    [InlineData("other_programme", false)]
    [InlineData("pregnancy", true)]
    [InlineData("moved", true)]
    [InlineData("incarceration", true)]
    [InlineData("health", true)]
    public void Seed_003_art_3_a_pathway_under_this_protocol_excludes_unless_the_exit_was_administrative(string reason, bool passed)
    {
        var candidate = Eligible with { Events = [.. Candidate.Pathway(new(2021, 3, 1), new(2021, 9, 30), reason), Candidate.Referral(new(2022, 6, 1))] };

        var answer = candidate.Evaluate(Casa, On);

        Assert.Equal(passed, answer.Rule("no_previous_pathway").Passed);
        Assert.Equal(passed, answer.Eligible);
        Assert.Contains("intégration le 01/03/2021, sortie le 30/09/2021", answer.Rule("no_previous_pathway").Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003_art_3_a_pathway_still_running_excludes()
    {
        var answer = (Eligible with { Events = Candidate.Pathway(new(2021, 3, 1), null) }).Evaluate(Casa, On);

        Assert.False(answer.Rule("no_previous_pathway").Passed);
        Assert.Equal("parcours en cours sur le présent protocole (du 01/01/2021 au 31/12/2023) : intégration le 01/03/2021, sans sortie",
            answer.Rule("no_previous_pathway").Detail);
    }

    [Theory]
    // « sur le présent protocole »: a pathway begun before 1 January 2021 (003 art. 8) is not counted.
    [InlineData(2019, 3, 1)]
    [InlineData(2020, 12, 31)]
    public void Seed_003_art_3_a_pathway_begun_before_the_protocol_period_is_not_counted(int year, int month, int day)
    {
        var candidate = Eligible with { Events = [.. Candidate.Pathway(new(year, month, day), new(2021, 2, 1)), Candidate.Referral(new(2022, 6, 1))] };

        var answer = candidate.Evaluate(Casa, On);

        Assert.True(answer.Rule("no_previous_pathway").Passed);
        Assert.True(answer.Eligible);
    }

    [Fact]
    public void Seed_003_art_3_an_integration_after_the_decision_date_is_not_history()
    {
        var candidate = Eligible with { Events = Candidate.Pathway(new(2022, 6, 15), null) };

        // The integration dated on the decision day is the one being decided.
        var answer = candidate.Evaluate(Casa, On);

        Assert.True(answer.Rule("no_previous_pathway").Passed);
    }

    [Fact]
    public void Seed_003_art_3_willing_and_able_is_always_to_confirm_even_for_the_most_favourable_person()
    {
        // « Etre apte et volontaire … » and the other assessments cannot come from recorded data.
        var answer = Eligible.Evaluate(Casa, On);

        Assert.True(answer.Eligible);
        Assert.Null(answer.Rule("willing_and_able").Passed);
        Assert.Equal(["active_job_search", "needs_support", "willing_and_able"], answer.ToConfirm.Take(3));
        Assert.Equal("à confirmer par le référent", answer.Rule("willing_and_able").Detail);
    }

    [Fact]
    public void Seed_000_art_3_1_an_AAH_recipient_is_administratively_eligible_and_flagged()
    {
        // « publics éligibles au PLIE sur le plan administratif mais pour lesquels le PLIE ne pourra pas mobiliser
        // son offre d'accompagnement … Percevant l'AAH ».
        var answer = (Eligible with { Situation = new() { Rsa = true, Aah = true } }).Evaluate(Casa, On);

        Assert.False(answer.Rule("offer_not_mobilisable_aah").Passed);
        Assert.Contains("sans effet sur l'éligibilité", answer.Rule("offer_not_mobilisable_aah").Detail, StringComparison.Ordinal);
        Assert.True(answer.Eligible);
        Assert.Contains("offer_mobilisable", answer.ToConfirm);
    }

    [Theory]
    // « une attention particulière sera portée » (003 art. 3): information only, never a reason to refuse.
    [InlineData("priority_qpv", true)]
    [InlineData("priority_single_parent", true)]
    [InlineData("priority_rqth", true)]
    [InlineData("priority_low_qualification", true)]
    [InlineData("priority_qpv", false)]
    [InlineData("priority_single_parent", false)]
    [InlineData("priority_rqth", false)]
    [InlineData("priority_low_qualification", false)]
    public void Seed_003_art_3_priority_publics_inform_without_excluding(string id, bool priority)
    {
        var situation = priority
            ? new SituationDto { Rsa = true, Qpv = true, SingleParent = true, Rqth = true, EducationLevel = 3 }
            : new SituationDto { Rsa = true, EducationLevel = 5 };

        var answer = (Eligible with { Situation = situation }).Evaluate(Casa, On);

        Assert.Equal(priority, answer.Rule(id).Passed);
        Assert.True(answer.Eligible);
    }

    [Fact]
    public void Seed_003_art_3_seniors_and_discrimination_have_no_measure_and_are_left_to_the_referent()
    {
        var answer = (Eligible with { Situation = new() { Rsa = true } }).Evaluate(Casa, On);

        Assert.Null(answer.Rule("priority_senior").Passed);
        Assert.Null(answer.Rule("priority_discrimination").Passed);
        // No education level recorded: the qualification priority cannot be answered either.
        Assert.Null(answer.Rule("priority_low_qualification").Passed);
        Assert.True(answer.Eligible);
    }
}
