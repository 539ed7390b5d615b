namespace Passerelle.Core.Reporting;

/// <summary>One intake fact as the builder reads it (codes and dates only).</summary>
internal sealed record IntakeFact(Guid PersonId, string Type, DateOnly Date, int Seq, string? PrescriberKind = null, string? PrescriberOrg = null, bool? Attended = null);
