namespace Passerelle.Web.Charts;

/// <summary>One bar of a <see cref="StackedBarChart"/>: a value for each of the chart's series, in their order.</summary>
public sealed record ChartStack(string Label, IReadOnlyList<double> Values);
