namespace Passerelle.Core.Reconciliation;

/// <summary>A reconciliation with its differences grouped by kind, in the order of <see cref="DifferenceKinds.All"/>.</summary>
public sealed record ReconciliationView(PniReconciliation Reconciliation, IReadOnlyList<(DifferenceKind Kind, IReadOnlyList<DifferenceLine> Lines)> Groups);
