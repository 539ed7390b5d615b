namespace Passerelle.Web.Pages.Audit;

/// <summary>
/// A line of the audit trail as shown: who by e-mail (staff only), when in Paris time; for a listing (a caseload
/// view), how many people it showed (<see cref="Passerelle.Core.Audit.AuditListing"/>).
/// </summary>
public sealed record AuditRow(long Seq, string At, string Who, string Channel, string Origin, string Action, string RecordType, string? RecordId, int? Listed = null);
