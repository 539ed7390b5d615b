namespace Passerelle.Core.Reporting;

/// <summary>
/// The barriers of one family that were open on some day of the period, split by where they stand at its end:
/// lifted, being worked on, or identified and not yet worked on (docs/journey-format.md: identified, worked from,
/// lifted). <see cref="People"/> counts the distinct people concerned.
/// </summary>
public sealed record BarrierRow(string Family, string Label, int Barriers, int Lifted, int Worked, int Waiting, int People);
