namespace Passerelle.Core.Audit;

/// <summary>
/// One line of the append-only audit trail: who, when, what, which record, from where (docs/audit-events.md).
/// Carries ids and codes, never names. <see cref="Hash"/> chains each line to the previous one so that any
/// change or deletion shows when the chain is verified.
/// </summary>
public class AuditEvent
{
    public long Seq { get; set; }
    public DateTime At { get; set; }

    /// <summary>A user id, or "cli" / "system".</summary>
    public required string Actor { get; set; }
    public Guid? UserId { get; set; }
    public required string Channel { get; set; }
    public required string Origin { get; set; }
    public required string Action { get; set; }
    public required string RecordType { get; set; }
    public string? RecordId { get; set; }
    public Guid? PlieId { get; set; }

    /// <summary>Optional JSON of ids and codes (never free text).</summary>
    public string? Detail { get; set; }
    public required string PrevHash { get; set; }
    public required string Hash { get; set; }
}
