using Passerelle.Core.Exits;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>
/// 003 art. 5, employment criteria: « CDI ou CDD de 6 mois et supérieur ou égal à un mi-temps (hors contrats aidés du
/// secteur non marchand et hors IAE) », « L'intégration dans la fonction publique depuis 6 mois », « … 910 heures sur
/// une période maximale de 9 mois », « Contrat de professionnalisation après plus de 6 mois en continu ».
/// </summary>
public class EmploymentExitTests
{
    [Theory]
    // « CDD de 6 mois »: both ends included, 1 January to 30 June is 6 months; to 29 June it is not.
    [InlineData("2025-01-01", "2025-06-30", 35, true, "CDD du 01/01/2025 au 30/06/2025 : 6 mois ≥ 6 mois, 35 h/semaine ≥ 17,5 h : rempli.")]
    [InlineData("2025-01-01", "2025-06-29", 35, false, "CDD du 01/01/2025 au 29/06/2025 : 5 mois et 29 jours < 6 mois, 35 h/semaine ≥ 17,5 h : non rempli.")]
    [InlineData("2025-02-01", "2025-07-31", 35, true, "CDD du 01/02/2025 au 31/07/2025 : 6 mois ≥ 6 mois, 35 h/semaine ≥ 17,5 h : rempli.")]
    // « supérieur ou égal à un mi-temps »: 17.5 h a week is half-time, 17 h is not.
    [InlineData("2025-01-01", "2025-06-30", 17.5, true, "CDD du 01/01/2025 au 30/06/2025 : 6 mois ≥ 6 mois, 17,5 h/semaine ≥ 17,5 h : rempli.")]
    [InlineData("2025-01-01", "2025-06-30", 17, false, "CDD du 01/01/2025 au 30/06/2025 : 6 mois ≥ 6 mois, 17 h/semaine < 17,5 h : non rempli.")]
    public void Art5_CDD_of_6_months_at_least_half_time(string start, string end, decimal hours, bool positive, string line)
    {
        var verdict = Judge(Exit("2025-07-15", "employment", null, AllProofs), Contract("cdd", start, end, hours));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.DurableContract : null, verdict.Basis);
        Assert.Equal(positive ? ExitCodes.Positive : ExitCodes.Other, verdict.Category);
        Assert.Contains("  – " + line, verdict.Explanation.Split('\n'));
    }

    [Fact]
    public void Art5_a_CDD_is_measured_by_its_own_length_even_when_it_ends_after_the_exit()
    {
        var verdict = Judge(Exit("2025-02-15", "employment", null, AllProofs), Contract("cdd", "2025-02-01", "2025-07-31", 35));

        Assert.Equal((true, ExitCodes.DurableContract), (verdict.Positive, verdict.Basis));
    }

    [Fact]
    public void Art5_a_running_CDI_is_of_indefinite_length_and_counts_from_its_signature()
    {
        var verdict = Judge(Exit("2025-06-15", "employment", null, AllProofs), Contract("cdi", "2025-06-01", null, 35));

        Assert.Equal((true, ExitCodes.DurableContract), (verdict.Positive, verdict.Basis));
        Assert.Contains("CDI depuis le 01/06/2025 (sans date de fin) : durée indéterminée, 35 h/semaine ≥ 17,5 h : rempli.", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Art5_a_CDI_that_ended_is_measured_from_start_to_end()
    {
        var verdict = Judge(Exit("2025-06-15", "employment", null, AllProofs), Contract("cdi", "2025-01-01", "2025-03-31", 35));

        Assert.False(verdict.Positive);
        Assert.Contains("3 mois < 6 mois", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_CDD_without_end_is_measured_to_the_exit_date()
    {
        Assert.False(Judge(Exit("2025-06-29", "employment", null, AllProofs), Contract("cdd", "2025-01-01", null, 35)).Positive);
        Assert.True(Judge(Exit("2025-06-30", "employment", null, AllProofs), Contract("cdd", "2025-01-01", null, 35)).Positive);
    }

    [Theory]
    // « hors contrats aidés du secteur non marchand et hors IAE »
    [InlineData("cui_pec", null)]
    [InlineData("iae", null)]
    [InlineData("cdd", true)]
    [InlineData("cdi", true)]
    public void Art5_subsidised_contracts_and_IAE_are_excluded_from_the_durable_contract_criterion(string kind, bool? insertionCompany)
    {
        var verdict = Judge(Exit("2026-01-15", "employment", null, AllProofs), Contract(kind, "2025-01-01", "2025-12-31", 35, null, insertionCompany));

        Assert.False(verdict.Positive);
        Assert.Contains("exclu (contrats aidés du secteur non marchand et IAE) : non rempli.", verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_after_the_exit_or_of_an_earlier_pathway_do_not_count()
    {
        var after = Judge(Exit("2025-06-30", "employment", null, AllProofs), Contract("cdd", "2025-07-01", "2026-06-30", 35));
        var earlier = Judge(Exit("2025-06-30", "employment", null, AllProofs),
            Contract("cdd", "2024-01-01", "2024-12-31", 35), Exit("2024-12-31", "moved"), Integration("2025-03-01"));

        Assert.False(after.Positive);
        Assert.False(earlier.Positive);
        Assert.Contains("Aucun CDI ni CDD enregistré avant la sortie.", earlier.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    // « depuis 6 mois »: held at the exit; a post still held runs to the exit date.
    [InlineData(null, "2025-06-30", true)]
    [InlineData(null, "2025-06-29", false)]
    [InlineData("2025-05-31", "2025-09-30", false)]
    public void Art5_civil_service_held_6_months_at_the_exit(string? end, string exit, bool positive)
    {
        var verdict = Judge(Exit(exit, "employment", null, AllProofs), Contract("civil_service", "2025-01-01", end, 35));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.CivilService : null, verdict.Basis);
    }

    [Theory]
    // « 910 heures » on a single temp assignment: 909 is short.
    [InlineData(910, "2025-09-30", true)]
    [InlineData(909, "2025-09-30", false)]
    // « sur une période maximale de 9 mois »: 1 January to 30 September is 9 months; to 1 October, 9 months and a day.
    [InlineData(910, "2025-10-01", false)]
    public void Art5_910_hours_within_9_months(decimal hours, string end, bool positive)
    {
        var verdict = Judge(Exit("2025-10-15", "employment", null, AllProofs), Contract("temp", "2025-01-01", end, 35, hours));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.Hours : null, verdict.Basis);
    }

    [Theory]
    [InlineData("2025-09-30", true, "910 h sur 2 contrat(s) du 01/01/2025 au 30/09/2025 (9 mois) ≥ 910 h : rempli.")]
    [InlineData("2025-10-01", false, "500 h sur 1 contrat(s) du 01/01/2025 au 31/05/2025 (5 mois) < 910 h : non rempli.")]
    public void Art5_910_hours_add_up_several_contracts_whose_span_fits_in_9_months(string lastEnd, bool positive, string line)
    {
        var verdict = Judge(Exit("2025-10-15", "employment", null, AllProofs),
            Contract("temp", "2025-01-01", "2025-05-31", 35, 500),
            Contract("cdd", "2025-06-01", lastEnd, 35, 410));

        Assert.Equal(positive, verdict.Positive);
        Assert.Contains(line, verdict.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Art5_910_hours_count_an_insertion_temp_agency_which_003_names()
    {
        var verdict = Judge(Exit("2025-10-15", "employment", null, AllProofs), Contract("temp", "2025-01-01", "2025-09-30", 30, 950, true));

        Assert.Equal((true, ExitCodes.Hours), (verdict.Positive, verdict.Basis));
    }

    [Theory]
    // « après plus de 6 mois en continu »: exactly 6 months is not more than 6 months; 6 months and a day is.
    [InlineData("2025-06-30", "2025-07-15", false)]
    [InlineData("2025-07-01", "2025-07-15", true)]
    [InlineData(null, "2025-06-30", false)]
    [InlineData(null, "2025-07-01", true)]
    public void Art5_professionalisation_after_more_than_6_continuous_months(string? end, string exit, bool positive)
    {
        var verdict = Judge(Exit(exit, "employment", null, AllProofs), Contract("professionalisation", "2025-01-01", end, 35));

        Assert.Equal(positive, verdict.Positive);
        Assert.Equal(positive ? ExitCodes.Professionalisation : null, verdict.Basis);
    }
}
