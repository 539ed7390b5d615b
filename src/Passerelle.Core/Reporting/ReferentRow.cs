namespace Passerelle.Core.Reporting;

/// <summary>
/// One referent's pathways (<see cref="Referent"/>: their e-mail as the facts name them, null for pathways with no
/// referent): running on the day figures are read on, exits of the period, positive ones, average months of those exits.
/// </summary>
public sealed record ReferentRow(string? Referent, int Running, int Exits, int Positive, decimal? AverageExitMonths);
