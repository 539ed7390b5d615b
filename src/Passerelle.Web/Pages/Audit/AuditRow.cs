namespace Passerelle.Web.Pages.Audit;

/// <summary>A line of the audit trail as shown: who by e-mail (staff only), when in Paris time.</summary>
public sealed record AuditRow(long Seq, string At, string Who, string Channel, string Origin, string Action, string RecordType, string? RecordId);
