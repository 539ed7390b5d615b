namespace Passerelle.Core.Reconciliation;

/// <summary>A line of the history of reconciliations: when, by whom, which agencies, the counts.</summary>
public sealed record ReconciliationSummary(Guid Id, DateTime ImportedAt, Guid? ImportedBy, string Channel, IReadOnlyList<string> Agencies,
    DateOnly AsOf, int Lines, int Agreed, int InPathway, int Differences, string Sha256);
