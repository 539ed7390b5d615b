namespace Passerelle.Core.Reconciliation;

/// <summary>A kind of reconciliation difference: its code (stored), its French label and the action to take.</summary>
public sealed record DifferenceKind(string Code, string Label, string Action);
