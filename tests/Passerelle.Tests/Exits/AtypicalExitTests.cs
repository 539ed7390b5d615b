using Passerelle.Core.Exits;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>
/// 003 art. 5: « Une commission ad hoc statuera dans le cadre des sorties positives dites « atypiques » : emploi à temps
/// partiel inférieur à 17h30 hebdomadaires d'une durée au moins égale à 6 mois ; contrat aidé d'une durée au moins
/// égale à 12 mois ; contrat d'une durée au moins égale à 12 mois en entreprise d'insertion ». Positive on the commission's
/// decision (contract §4.3: "not positive unless atypicalApproved"), which prevails over what the journey records.
/// </summary>
public class AtypicalExitTests
{
    public static TheoryData<string, string, string?, decimal, bool?, bool?, bool> Cases => new()
    {
        // kind, reason, end (start 2025-01-01), weekly hours, insertion company, approved → positive
        { "cdd", "employment", "2025-06-30", 17, null, true, true },
        { "cdd", "employment", "2025-06-30", 17, null, false, false },
        { "cdd", "employment", "2025-06-29", 17, null, true, true },
        { "cdi", "employment", null, 10, null, true, true },
        { "cui_pec", "cui_pec", "2025-12-31", 35, null, true, true },
        { "cui_pec", "cui_pec", "2025-12-31", 35, null, false, false },
        { "cui_pec", "cui_pec", "2025-12-30", 35, null, true, true },
        { "cui_pec", "cui_pec", "2025-12-30", 35, null, false, false },
        { "iae", "employment", "2025-12-31", 26, null, true, true },
        { "iae", "employment", "2025-12-31", 26, null, false, false },
        { "cdd", "employment", "2025-12-31", 35, true, true, true },
        { "cdd", "employment", "2025-11-30", 35, true, true, true },
        { "cdd", "employment", "2025-11-30", 35, true, null, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Art5_atypical_exits_are_positive_on_the_commission_decision(string kind, string reason, string? end, decimal hours, bool? insertion, bool? approved, bool positive)
    {
        var verdict = Judge(Exit("2026-01-15", reason, approved, AllProofs), Contract(kind, "2025-01-01", end, hours, null, insertion));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.AtypicalApproved : null, verdict.Basis);
        Assert.Equal(positive ? ExitCodes.Positive : ExitCodes.Other, verdict.Category);
    }

    [Fact]
    public void The_commission_decision_prevails_and_the_explanation_says_no_situation_is_recorded()
    {
        var verdict = Judge(Exit("2025-06-15", "employment", true, AllProofs), Contract("cdd", "2025-03-01", "2025-05-31", 35));

        Assert.True(verdict.Positive);
        Assert.Equal(ExitCodes.AtypicalApproved, verdict.Basis);
        Assert.Contains("aucune situation atypique n'est enregistrée, la commission a validé la sortie atypique", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_of_art5_met_wins_over_the_atypical_decision()
    {
        var verdict = Judge(Exit("2025-07-15", "employment", true, AllProofs), Contract("cdd", "2025-01-01", "2025-06-30", 35));

        Assert.Equal(ExitCodes.DurableContract, verdict.Basis);
    }

    [Fact]
    public void Martigues_counts_dynamic_exits_apart_from_the_positive_ones()
    {
        var verdict = Judge(Martigues, Exit("2025-07-15", "employment", true, AllProofs), Contract("cdd", "2025-01-01", "2025-06-30", 17));

        Assert.Equal((false, null, ExitCodes.Other), (verdict.Positive, verdict.Basis, verdict.Category));
        Assert.Contains("Sortie dynamique validée par la commission", verdict.Explanation, StringComparison.Ordinal);
    }
}
