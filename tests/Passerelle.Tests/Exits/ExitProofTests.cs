using Passerelle.Core.Exits;
using static Passerelle.Tests.Exits.ExitFacts;

namespace Passerelle.Tests.Exits;

/// <summary>
/// 003 art. 5 « Les types de sortie » : « Seront par ailleurs intégrées à cette catégorie les personnes déclarées en
/// emploi en formation ou en création d'entreprise, mais qui n'auront pas transmis leurs justificatifs » (CASA only:
/// the other presets require the proofs). The proof status is reported apart either way (contract §4.3).
/// </summary>
public class ExitProofTests
{
    [Theory]
    [InlineData(Casa, new[] { "contract", "payslips" }, true, "complete")]
    [InlineData(Casa, new[] { "contract" }, true, "missing")]
    [InlineData(Casa, new string[0], true, "missing")]
    [InlineData(Cov, new[] { "contract", "payslips" }, true, "complete")]
    [InlineData(Cov, new[] { "contract" }, false, "missing")]
    [InlineData(Martigues, new string[0], false, "missing")]
    public void Employment_expects_the_contract_and_payslips(string preset, string[] proofs, bool positive, string status)
    {
        var verdict = Judge(preset, Exit("2025-07-15", "employment", null, proofs), Contract("cdd", "2025-01-01", "2025-06-30", 35));

        Assert.Equal((positive, status), (verdict.Positive, verdict.Proofs));
        Assert.Equal(positive ? ExitCodes.DurableContract : null, verdict.Basis);
        Assert.Equal(new[] { "contract", "payslips" }.Except(proofs), verdict.MissingProofs);
    }

    [Fact]
    public void Casa_reports_a_positive_exit_without_proofs_as_declared_to_chase()
    {
        var verdict = Judge(Exit("2025-07-15", "employment"), Contract("cdd", "2025-01-01", "2025-06-30", 35));

        Assert.Equal(ExitCodes.ProofsMissing, verdict.ToComputed().Proofs);
        Assert.Contains("Justificatifs attendus : contrat de travail, bulletins de salaire ; manquants : contrat de travail, bulletins de salaire.", verdict.Explanation, StringComparison.Ordinal);
        Assert.Contains("justificatifs à relancer", verdict.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("business_creation", "kbis")]
    [InlineData("training", "qualification_certificate")]
    public void Each_basis_expects_its_own_proof(string reason, string proof)
    {
        var facts = reason == "training"
            ? Training("2025-01-06", "2025-06-27", true, "2025-06-27")
            : Business("2024-12-01");

        Assert.Equal(ExitCodes.ProofsComplete, Judge(Cov, Exit("2025-07-01", reason, null, proof), facts).Proofs);
        Assert.Equal([proof], Judge(Cov, Exit("2025-07-01", reason, null, "contract"), facts).MissingProofs);
    }

    [Fact]
    public void A_positive_reason_whose_criteria_are_not_met_is_not_positive_even_with_every_proof()
    {
        var verdict = Judge(Exit("2025-07-15", "employment", null, AllProofs), Contract("cdd", "2025-05-01", "2025-06-30", 35));

        Assert.Equal((false, ExitCodes.Other, ExitCodes.ProofsComplete), (verdict.Positive, verdict.Category, verdict.Proofs));
    }
}
