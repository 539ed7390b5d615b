namespace Passerelle.Web.Charts;

/// <summary>One labelled value of a <see cref="BarChart"/>.</summary>
public sealed record ChartBar(string Label, double Value);
