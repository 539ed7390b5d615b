namespace Passerelle.Core.Audit;

public sealed record AuditVerification(bool Intact, long Lines, long? FirstBrokenSeq);
