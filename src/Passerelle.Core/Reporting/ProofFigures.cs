namespace Passerelle.Core.Reporting;

/// <summary>
/// Proofs of the positive exits of the period (domain.md: report « validated » and « declared » separately; 003: about
/// 30 % of positive exits lack proofs): exits with every proof expected, exits still lacking some, and for each
/// kind of proof, how many exits lack it.
/// </summary>
public sealed record ProofFigures(int Complete, int Missing, IReadOnlyList<CountRow> MissingByProof);
