using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>
/// 003 art. 5: « Obtention d'une qualification (… RNCP) », « Maintien durant 6 mois minimum dans une formation de longue
/// durée permettant d'accéder à une qualification », « Création ou reprise d'activité, consolidée au-delà de 6 mois ».
/// </summary>
public class TrainingAndBusinessExitTests
{
    [Theory]
    [InlineData("2025-03-28", true)]
    [InlineData("2025-04-30", false)]
    public void Art5_a_qualification_obtained_by_the_exit(string obtained, bool positive)
    {
        var verdict = Judge(Exit("2025-04-01", "training", null, AllProofs), Training("2025-01-06", "2025-03-28", true, obtained));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.Qualification : null, verdict.Basis);
    }

    [Theory]
    // « 6 mois minimum »: 1 January to 30 June is 6 months, measured to the exit while the training runs.
    [InlineData(true, "2025-06-30", true)]
    [InlineData(true, "2025-06-29", false)]
    [InlineData(false, "2025-12-31", false)]
    public void Art5_six_months_at_least_in_a_long_qualifying_training(bool qualifying, string exit, bool positive)
    {
        var verdict = Judge(Exit(exit, "training", null, AllProofs), Training("2025-01-01", "2026-06-30", qualifying));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.LongTraining : null, verdict.Basis);
    }

    [Theory]
    // « consolidée au-delà de 6 mois d'activité »: beyond is strict, 6 months exactly is not enough.
    [InlineData("2025-06-30", false, "Création d'entreprise le 01/01/2025 : 6 mois d'activité à la sortie, il en faut plus de 6 : non rempli.")]
    [InlineData("2025-07-01", true, "Création d'entreprise le 01/01/2025 : 6 mois et 1 jour d'activité à la sortie, il en faut plus de 6 : rempli.")]
    public void Art5_business_creation_consolidated_beyond_6_months(string exit, bool positive, string line)
    {
        var verdict = Judge(Exit(exit, "business_creation", null, "kbis"), Business("2025-01-01"));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.Business : null, verdict.Basis);
        Assert.Contains(line, verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_basis_names_the_declared_situation_first_when_several_criteria_are_met()
    {
        JourneyEventDto[] facts = [Contract("cdi", "2025-01-01", null, 35), Training("2024-03-01", "2024-12-20", true, "2024-12-20")];

        Assert.Equal(ExitCodes.Qualification, Judge(Exit("2025-02-01", "training", null, AllProofs), facts).Basis);
        Assert.Equal(ExitCodes.DurableContract, Judge(Exit("2025-02-01", "employment", null, AllProofs), facts).Basis);
    }
}
