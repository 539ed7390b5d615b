namespace Passerelle.Core.Reconciliation;

/// <summary>The comparison's findings: the differences (not yet stored), the lines in agreement, the people in pathway compared.</summary>
public sealed record ReconciliationResult(IReadOnlyList<ReconciliationDifference> Differences, int Agreed, int InPathway);
