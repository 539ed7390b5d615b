using Passerelle.Core.Protocols;

namespace Passerelle.Core.Reporting;

/// <summary>One objective of a protocol and where the PLIE stands against it, period by period (the protocol, or each of its years).</summary>
public sealed record ObjectiveProgress(Objective Objective, IReadOnlyList<ObjectivePeriod> Periods)
{
    public bool IsShare => Objective.Unit == "share";
}

/// <summary>
/// What was realised over <see cref="Period"/> as read on the day figures are read on (<see cref="AsOf"/>), and, while the
/// period runs, the projection to its end at the pace so far (counts only: a rate is not projected). <see cref="Key"/>
/// names the people behind the figure when there is such a list (<see cref="FigureKeys"/>).
/// </summary>
public sealed record ObjectivePeriod(string Label, ReportPeriod Period, DateOnly AsOf, decimal? Realised, decimal? Projected, string? Key)
{
    public bool Running => AsOf < Period.To;
}
