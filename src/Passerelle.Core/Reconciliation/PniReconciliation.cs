namespace Passerelle.Core.Reconciliation;

/// <summary>
/// One quarterly reconciliation of France Travail's list of PNI-delegated people with the PLIE's pathways (issue 5 item 4;
/// 001 art. 2-4 a): who imported it and when, the SHA-256 of the file received, the agencies it covered (codes), the day
/// the pathways were read on, the counts, and its differences (<see cref="ReconciliationDifference"/>). No name, no free
/// text: the file itself is not kept. Tenant-owned.
/// </summary>
public class PniReconciliation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public DateTime ImportedAt { get; set; }
    public Guid? ImportedBy { get; set; }
    public required string Channel { get; set; }
    public required string Sha256 { get; set; }

    /// <summary>Codes of the France Travail agencies named in the list.</summary>
    public List<string> Agencies { get; set; } = [];

    /// <summary>The day the PLIE's pathways were read on (the import's day).</summary>
    public DateOnly AsOf { get; set; }

    /// <summary>Lines of the list.</summary>
    public int Lines { get; set; }

    /// <summary>Lines of the list that agree with the PLIE's pathway (same person in pathway, same dates).</summary>
    public int Agreed { get; set; }

    /// <summary>People in pathway on <see cref="AsOf"/> with a France Travail id, among the agencies compared.</summary>
    public int InPathway { get; set; }

    public List<ReconciliationDifference> Differences { get; set; } = [];
}
