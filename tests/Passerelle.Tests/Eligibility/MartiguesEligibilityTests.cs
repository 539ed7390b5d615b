using Passerelle.Core.Exchange;

namespace Passerelle.Tests.Eligibility;

/// <summary>Martigues convention 2023-2027 with Pôle emploi, seed 002 art. 3-1 (« Définition des publics suivis »).</summary>
public class MartiguesEligibilityTests
{
    private const string Martigues = "martigues-2023-2027";
    private static readonly DateOnly On = new(2024, 3, 1);
    private static readonly Candidate Eligible = new() { Commune = "13056", Situation = new() { Rsa = true } };

    [Theory]
    // « D'avoir plus de 18 ans », read as 18 and over (the preset's comment: under-26s are a typical public).
    [InlineData(17, false)]
    [InlineData(18, true)]
    [InlineData(19, true)]
    [InlineData(64, true)]
    public void Seed_002_art_3_1_over_18(int age, bool passed)
    {
        var answer = (Eligible with { Age = age }).Evaluate(Martigues, On);

        Assert.Equal(passed, answer.Rule("age").Passed);
        Assert.Equal(passed, answer.Eligible);
        Assert.Equal($"{age} ans le 01/03/2024{(passed ? " (18 ans au moins)" : ", condition : 18 ans au moins")}", answer.Rule("age").Detail);
    }

    [Fact]
    public void Seed_002_art_3_1_eighteen_on_the_day_of_the_birthday_not_the_day_before()
    {
        var person = Eligible.On(On) with { BirthDate = new(2006, 3, 1) };
        var protocol = Core.Protocols.ProtocolPresets.Load(Martigues);

        Assert.True(Candidate.Evaluate(protocol, person, On).Rule("age").Passed);
        Assert.False(Candidate.Evaluate(protocol, person, On.AddDays(-1)).Rule("age").Passed);
    }

    [Theory]
    // « résidents des communes de son territoire d'intervention 3 Communes de : Martigues, Port-de-Bouc et
    // Saint-Mitre les Remparts ».
    [InlineData("13056", true, "commune 13056 (Martigues) dans le territoire du PLIE")]
    [InlineData("13077", true, "commune 13077 (Port-de-Bouc) dans le territoire du PLIE")]
    [InlineData("13098", true, "commune 13098 (Saint-Mitre-les-Remparts) dans le territoire du PLIE")]
    [InlineData("13055", false, "commune 13055 (Marseille) hors du territoire du PLIE")]
    public void Seed_002_art_3_1_resident_of_Martigues_Port_de_Bouc_or_Saint_Mitre(string commune, bool passed, string detail)
    {
        var answer = (Eligible with { Commune = commune }).Evaluate(Martigues, On);

        Assert.Equal(passed, answer.Rule("territory").Passed);
        Assert.Equal(detail, answer.Rule("territory").Detail);
        Assert.Equal(passed, answer.Eligible);
    }

    [Fact]
    public void Seed_002_art_3_1_an_arrondissement_of_Marseille_is_Marseille_and_out()
    {
        var answer = (Eligible with { Commune = "13201" }).Evaluate(Martigues, On);

        Assert.False(answer.Rule("territory").Passed);
    }

    [Theory]
    // « inscrits ou en cours d'inscription à Pôle Emploi ».
    [InlineData("7654321B", true)]
    [InlineData(null, null)]
    public void Seed_002_art_3_1_registered_or_registering_with_France_Travail(string? franceTravailId, bool? passed)
    {
        var answer = (Eligible with { FranceTravailId = franceTravailId }).Evaluate(Martigues, On);

        Assert.Equal(passed, answer.Rule("registered_job_seeker").Passed);
        if (passed is null) Assert.Contains("inscription en cours", answer.Rule("registered_job_seeker").Detail, StringComparison.Ordinal);
        Assert.True(answer.Eligible);
    }

    [Theory]
    // « Les publics dans les situations suivantes présentent généralement ces caractéristiques : RSA, ASS, AAH,
    // DELD, jeunes de moins de 26 ans sans qualification, RQTH, QPV, monoparentale, … « Séniors » de 54 ans et plus ».
    [InlineData(40, "rsa", null, true)]
    [InlineData(40, "aah", null, true)]
    [InlineData(40, "singleParent", null, true)]
    [InlineData(54, null, 5, true)]
    [InlineData(53, null, 5, null)]
    [InlineData(22, null, 2, true)]
    [InlineData(22, null, 4, null)]
    [InlineData(22, null, null, null)]
    public void Seed_002_art_3_1_typical_publics_pass_others_need_an_argued_prescription(int age, string? status, int? education, bool? passed)
    {
        var situation = new SituationDto
        {
            Rsa = status == "rsa",
            Aah = status == "aah",
            SingleParent = status == "singleParent",
            EducationLevel = education,
        };

        var answer = (Eligible with { Age = age, Situation = situation }).Evaluate(Martigues, On);

        Assert.Equal(passed, answer.Rule("typical_public").Passed);
        if (passed is null) Assert.Contains("prescription argumentée", answer.Rule("typical_public").Detail, StringComparison.Ordinal);
        Assert.True(answer.Eligible);
    }

    [Theory]
    // « une attention particulière sera portée au public féminin » and « au public 45 ans et plus ».
    [InlineData("F", 45, true, true)]
    [InlineData("M", 44, false, false)]
    public void Seed_002_art_3_1_attention_to_women_and_45_plus_informs(string sex, int age, bool women, bool senior)
    {
        var answer = (Eligible with { Sex = sex, Age = age }).Evaluate(Martigues, On);

        Assert.Equal(women, answer.Rule("priority_women").Passed);
        Assert.Equal(senior, answer.Rule("priority_45_plus").Passed);
        Assert.True(answer.Eligible);
    }
}
