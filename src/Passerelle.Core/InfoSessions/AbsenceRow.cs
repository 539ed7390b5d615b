namespace Passerelle.Core.InfoSessions;

/// <summary>An absence at a convocation, as reported to France Travail (000 art. 3-4 b, 002 art. 3: date and convocation).</summary>
public sealed record AbsenceRow(
    Guid PersonId, string Reference, DateOnly Date, TimeOnly StartTime, string Organiser, string Attendance,
    string PersonRef, string? FranceTravailId, string? LastName, string? FirstName);
