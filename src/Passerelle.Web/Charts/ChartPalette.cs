namespace Passerelle.Web.Charts;

/// <summary>
/// Sober colours for chart series, each at least 4.5:1 against white (WCAG 1.4.11 asks 3:1 of graphics; 4.5:1 also
/// keeps white figures printed on a segment readable). Neighbouring segments are told apart by a white gap, the legend
/// and the data table beside the chart, never by colour alone.
/// </summary>
public static class ChartPalette
{
    public const string Text = "#1b1f24";
    public const string Muted = "#4a5360";
    public const string Axis = "#6c757d";

    public static readonly IReadOnlyList<string> Series =
        ["#1d4e89", "#b4530a", "#2b6e3f", "#6a3d9a", "#a4161a", "#0b6575", "#5c636a", "#7a5c00"];

    public static string Of(int index) => Series[index % Series.Count];
}
