namespace Passerelle.Core.Reporting;

/// <summary>
/// Pathway durations (003: « La durée moyenne de parcours est de 15.6 mois. Concernant les sorties positives, la durée
/// moyenne de parcours est de 12,6 mois »): by band, and average months for the exits of the period, the positive
/// ones, and the pathways still running; null averages when there is no pathway to average.
/// </summary>
public sealed record DurationFigures(
    IReadOnlyList<DurationRow> Bands,
    int Exited,
    int Positive,
    int Running,
    decimal? AverageExited,
    decimal? AveragePositive,
    decimal? AverageRunning);
