namespace Passerelle.Core.Reporting;

/// <summary>
/// The coordinators' figures on pathways for a period (issue 4 item 6), read from the journey facts: counts only,
/// no names. <see cref="PeopleFollowed"/> counts distinct people with a pathway running on some day of the period;
/// <see cref="AsOf"/> is the day states are read on (the period's end, or today while it runs).
/// </summary>
public sealed record PathwayFigures(
    ReportPeriod Period,
    DateOnly AsOf,
    int PeopleFollowed,
    int Integrations,
    int Exits,
    int PositiveExits,
    DurationFigures Durations,
    IReadOnlyList<CountRow> StepsByKind,
    IReadOnlyList<BarrierRow> BarriersByFamily,
    IReadOnlyList<CountRow> ExitsByReason,
    IReadOnlyList<CountRow> ExitsByCategory,
    ProofFigures Proofs,
    IReadOnlyList<RequestRow> Requests,
    IReadOnlyList<ReferentRow> ByReferent)
{
    /// <summary>Positive exits over exits, rounded to 4 decimals as contract §6 rates are; null without exits.</summary>
    public decimal? PositiveRate => Exits == 0 ? null : Math.Round((decimal)PositiveExits / Exits, 4, MidpointRounding.AwayFromZero);

    public bool IsEmpty => PeopleFollowed == 0 && Exits == 0;
}
