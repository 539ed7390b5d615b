using Passerelle.Core.Exchange;

namespace Passerelle.Tests.Eligibility;

/// <summary>COV convention 2020-2022 with Pôle emploi, seed 001 art. 2-1 (« Définition des publics suivis »).</summary>
public class CovEligibilityTests
{
    private const string Cov = "cov-2020-2022";
    private static readonly DateOnly On = new(2021, 6, 15);
    private static readonly Candidate Eligible = new() { Commune = "94022", Situation = new() { Qpv = true } };

    [Theory]
    // « d'être domiciliées sur le territoire de Choisy, Orly et Villeneuve le Roi ».
    [InlineData("94022", true, "commune 94022 (Choisy-le-Roi) dans le territoire du PLIE")]
    [InlineData("94054", true, "commune 94054 (Orly) dans le territoire du PLIE")]
    [InlineData("94077", true, "commune 94077 (Villeneuve-le-Roi) dans le territoire du PLIE")]
    [InlineData("94041", false, "commune 94041 (Ivry-sur-Seine) hors du territoire du PLIE")]
    public void Seed_001_art_2_1_domiciled_in_Choisy_Orly_or_Villeneuve_le_Roi(string commune, bool passed, string detail)
    {
        var answer = (Eligible with { Commune = commune }).Evaluate(Cov, On);

        Assert.Equal(passed, answer.Rule("territory").Passed);
        Assert.Equal(detail, answer.Rule("territory").Detail);
        Assert.Equal(passed, answer.Eligible);
    }

    [Fact]
    public void Seed_001_art_2_1_living_in_a_QPV_is_sufficient_for_cumulated_difficulties()
    {
        // « le simple critère de résider en QPV est suffisant pour intégrer le dispositif du PLIE ».
        var answer = Eligible.Evaluate(Cov, On);

        Assert.True(answer.Rule("cumulated_difficulties").Passed);
        Assert.DoesNotContain("cumulated_difficulties", answer.ToConfirm);
    }

    [Fact]
    public void Seed_001_art_2_1_otherwise_the_shared_diagnosis_decides()
    {
        // « de cumuler des difficultés professionnelles et sociales, selon un diagnostic partagé entre le
        // prescripteur et le référent Parcours Emploi du PLIE ».
        var answer = (Eligible with { Situation = new() { LongTermUnemployed = true } }).Evaluate(Cov, On);

        Assert.Null(answer.Rule("cumulated_difficulties").Passed);
        Assert.Contains("cumulated_difficulties", answer.ToConfirm);
        Assert.Contains("diagnostic partagé", answer.Rule("cumulated_difficulties").Detail, StringComparison.Ordinal);
        Assert.True(answer.Eligible);
    }

    [Fact]
    public void Seed_001_art_2_1_accompagnement_global_when_referred_is_not_in_the_data_so_it_is_to_confirm()
    {
        // « de ne pas être accompagnées dans le cadre de l'accompagnement global au moment de la prescription »:
        // the person object (contract §4) has no such field.
        var answer = Eligible.Evaluate(Cov, On);

        Assert.Null(answer.Rule("not_in_accompagnement_global").Passed);
        Assert.Contains("not_in_accompagnement_global", answer.ToConfirm);
        Assert.Contains("prescripteur", answer.Rule("not_in_accompagnement_global").Detail, StringComparison.Ordinal);
    }

    [Theory]
    // « d'être inscrites comme demandeurs d'emploi »: a France Travail id, or a referral by France Travail (art. 2:
    // it refers « des publics inscrits à Pôle emploi »); neither is not proof of the contrary.
    [InlineData("1234567A", null, true)]
    [InlineData(null, "france_travail", true)]
    [InlineData(null, "ccas", null)]
    [InlineData(null, null, null)]
    public void Seed_001_art_2_1_registered_job_seeker(string? franceTravailId, string? prescriber, bool? passed)
    {
        var candidate = Eligible with
        {
            FranceTravailId = franceTravailId,
            Events = prescriber is null ? [] : [Candidate.Referral(new(2021, 6, 1), prescriber)],
        };

        var answer = candidate.Evaluate(Cov, On);

        Assert.Equal(passed, answer.Rule("registered_job_seeker").Passed);
        Assert.Equal(passed is null, answer.ToConfirm.Contains("registered_job_seeker"));
        Assert.True(answer.Eligible);
    }

    [Fact]
    public void Seed_001_art_2_1_mobilisable_and_needs_support_in_employment_are_judgements()
    {
        var answer = Eligible.Evaluate(Cov, On);

        Assert.Equal(["mobilisable", "needs_support_in_employment", "not_in_accompagnement_global"], answer.ToConfirm);
    }

    [Fact]
    public void Seed_001_art_2_1_sets_no_age_so_a_young_person_is_not_refused_for_it()
    {
        var answer = (Eligible with { Age = 19, Situation = new SituationDto { Qpv = true } }).Evaluate(Cov, On);

        Assert.True(answer.Eligible);
        Assert.DoesNotContain(answer.Rules, r => r.Id == "age");
    }
}
