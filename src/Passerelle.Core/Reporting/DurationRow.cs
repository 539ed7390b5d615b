namespace Passerelle.Core.Reporting;

/// <summary>Pathways of one duration band: ended by an exit in the period, and running on the day figures are read on.</summary>
public sealed record DurationRow(string Band, string Label, int Exited, int Running);
