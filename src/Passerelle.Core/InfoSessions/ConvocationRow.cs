namespace Passerelle.Core.InfoSessions;

/// <summary>
/// A line of a convocation list. The name is null when the person's identity was erased (retention): the list then
/// shows the person's reference.
/// </summary>
public sealed record ConvocationRow(
    Guid Id, Guid PersonId, string Reference, string PersonRef, string? LastName, string? FirstName, string? FranceTravailId,
    string? Attendance, bool FactRecorded);
