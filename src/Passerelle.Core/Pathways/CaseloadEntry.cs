namespace Passerelle.Core.Pathways;

/// <summary>
/// One person of a caseload: who, since when, the last contact, where they stand today (<see cref="Situation"/>:
/// <c>employment</c>, <c>training</c>, <c>service</c>, <c>suspended</c>, <c>exited</c> or null) and the alerts.
/// Names are null when retention erased the identity.
/// </summary>
public sealed record CaseloadEntry(
    Guid Id,
    string? LastName,
    string? FirstName,
    string? Referent,
    DateOnly IntegrationDate,
    int MonthsInPathway,
    DateOnly? LastContact,
    string? LastContactMode,
    string? Situation,
    DateOnly? ExitDate,
    IReadOnlyList<PathwayAlert> Alerts);
