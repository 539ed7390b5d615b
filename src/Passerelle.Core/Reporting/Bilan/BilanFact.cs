namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// One fact of the year that a column counts (a flow referral, an attended information collective or first contact, a
/// diagnostic start, an integration, an exit), with the referral that opened its journey (<see cref="BilanFactQuery"/>).
/// </summary>
internal sealed record BilanFact(Guid EventId, Guid PersonId, string Type, string? Reason, string? OpeningKind, string? OpeningOrg);
