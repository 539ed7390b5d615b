namespace Passerelle.Core.Pathways;

/// <summary>
/// Something a referent must act on for one person: <see cref="Code"/> is one of <see cref="AlertCodes"/>,
/// <see cref="Due"/> the date the action is (or was) due, <see cref="Message"/> the French sentence shown.
/// </summary>
public sealed record PathwayAlert(string Code, AlertSeverity Severity, DateOnly Due, string Message);
