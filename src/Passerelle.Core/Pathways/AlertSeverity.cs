namespace Passerelle.Core.Pathways;

/// <summary>How pressing an alert is: a deadline coming (<see cref="Warning"/>) or passed (<see cref="Critical"/>).</summary>
public enum AlertSeverity
{
    Warning,
    Critical,
}
