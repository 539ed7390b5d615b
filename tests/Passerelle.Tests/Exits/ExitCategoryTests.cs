using Passerelle.Core.Exits;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>
/// 003 art. 5 « Les types de sortie » : Positive ; Rupture/abandon ; Parcours long (« quand l'accompagnement a duré au
/// moins 24 mois ») ; Administratives (« déménagement, grossesse, retraite, incarcération… ») ; Autres (« problèmes de
/// santé, réorientation sur action plus adaptée… »). Martigues (002 art. 3-4 b) counts health as administrative.
/// </summary>
public class ExitCategoryTests
{
    [Theory]
    [InlineData(Casa, "dropout", ExitCodes.Dropout)]
    [InlineData(Casa, "moved", ExitCodes.Administrative)]
    [InlineData(Casa, "pregnancy", ExitCodes.Administrative)]
    [InlineData(Casa, "retirement", ExitCodes.Administrative)]
    [InlineData(Casa, "incarceration", ExitCodes.Administrative)]
    [InlineData(Casa, "death", ExitCodes.Administrative)]
    [InlineData(Casa, "health", ExitCodes.Other)]
    [InlineData(Casa, "other_partner", ExitCodes.Other)]
    [InlineData(Casa, "other_programme", ExitCodes.Other)]
    [InlineData(Cov, "health", ExitCodes.Other)]
    [InlineData(Martigues, "health", ExitCodes.Administrative)]
    [InlineData(Martigues, "dropout", ExitCodes.Dropout)]
    public void Each_reason_has_the_type_of_its_protocol(string preset, string reason, string category)
    {
        // A durable contract on record does not turn these reasons positive: only the declared situations are judged.
        var verdict = Judge(preset, Exit("2025-07-15", reason, true, AllProofs), Contract("cdi", "2025-01-01", null, 35));

        Assert.Equal((category, false, null, ExitCodes.ProofsComplete), (verdict.Category, verdict.Positive, verdict.Basis, verdict.Proofs));
    }

    [Theory]
    [InlineData("employment")]
    [InlineData("cui_pec")]
    [InlineData("training")]
    [InlineData("business_creation")]
    public void The_declared_situations_are_positive_when_a_criterion_is_met_and_other_when_none_is(string reason)
    {
        var met = Judge(Exit("2025-07-15", reason, null, AllProofs), Contract("cdi", "2025-01-01", null, 35));
        var notMet = Judge(Exit("2025-07-15", reason, null, AllProofs));

        Assert.Equal((ExitCodes.Positive, true), (met.Category, met.Positive));
        Assert.Equal((ExitCodes.Other, false), (notMet.Category, notMet.Positive));
    }

    [Theory]
    // Integration on 2024-01-02 (ExitFacts.Judge): 24 months end on 2026-01-01.
    [InlineData(Casa, "2026-01-01", ExitCodes.LongPathway)]
    [InlineData(Casa, "2025-12-31", ExitCodes.Other)]
    // Martigues: « durée maximale de parcours atteinte », 18 months (002 art. 3-3).
    [InlineData(Martigues, "2025-07-01", ExitCodes.LongPathway)]
    [InlineData(Martigues, "2025-06-30", ExitCodes.Other)]
    public void An_end_of_pathway_is_a_long_pathway_after_the_protocols_duration(string preset, string exit, string category)
    {
        var verdict = Judge(preset, Exit(exit, "end_of_pathway"));

        Assert.Equal(category, verdict.Category);
        Assert.False(verdict.Positive);
    }
}
