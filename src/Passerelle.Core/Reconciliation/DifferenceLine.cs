namespace Passerelle.Core.Reconciliation;

/// <summary>A difference as the coordinator reads it: the stored difference and who it concerns (null names: identity erased or unknown id).</summary>
public sealed record DifferenceLine(ReconciliationDifference Difference, string? Ref, string? LastName, string? FirstName)
{
    public string Name => Ref is null ? "" : LastName is null ? $"Personne {Ref}" : $"{LastName.ToUpperInvariant()} {FirstName}";
}
