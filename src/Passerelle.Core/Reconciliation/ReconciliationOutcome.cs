using Passerelle.Core.Documents;

namespace Passerelle.Core.Reconciliation;

/// <summary>An import's answer: the reconciliation stored, or every problem of the list (then nothing was stored) and the columns ignored.</summary>
public sealed record ReconciliationOutcome(PniReconciliation? Reconciliation, IReadOnlyList<SheetError> Errors, IReadOnlyList<string> IgnoredColumns)
{
    public bool Succeeded => Reconciliation is not null;
}
