namespace Passerelle.Core.Reporting;

/// <summary>The activity report of a PLIE for a period (issue 6 item 4, seed 003): its three sets of figures, read from the same facts.</summary>
public sealed record ActivityReport(PathwayFigures Pathways, IntakeFigures Intake, ActivityFigures Activity);
