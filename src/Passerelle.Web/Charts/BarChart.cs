using System.Xml.Linq;
using static Passerelle.Web.Charts.SvgText;

namespace Passerelle.Web.Charts;

/// <summary>
/// A horizontal bar chart drawn server-side as SVG, shown beside the table of the same figures (house style: « a chart
/// next to each table of figures »). An image for assistive technologies (<c>role="img"</c>, its <c>title</c> and a
/// <c>desc</c> listing every value); long labels wrap on two lines and are cut with « … », the full text in each bar's
/// own <c>title</c>. <see cref="Id"/> must be unique in the page (it names the title and description).
/// </summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<ChartBar> Bars)
{
    private const double Width = 640, LabelRight = 200, BarLeft = 210, ValueRoom = 120, Pad = 6, BarHeight = 18;
    private const int LabelChars = 30;

    /// <summary>Said after the title to assistive technologies; by default, each label with its value.</summary>
    public string? Description { get; init; }
    /// <summary>Unit written after each value (« mois »); none for counts.</summary>
    public string? Unit { get; init; }
    /// <summary>Adds each bar's share of the total after its value (« 12 (34 %) »).</summary>
    public bool ShowPercent { get; init; }

    public string Svg() => Render().ToString(SaveOptions.DisableFormatting);

    public XElement Render()
    {
        var total = Bars.Sum(b => b.Value);
        var labels = Bars.Select(b => Wrap(b.Label, LabelChars)).ToList();
        var rowHeight = labels.Any(l => l.Count > 1) ? 38 : 28;
        var height = Bars.Count == 0 ? 40 : 2 * Pad + Bars.Count * rowHeight;
        var svg = Root(Id, Width, height, Title, Description ?? Describe(total), "chart-bars");
        if (Bars.Count == 0)
        {
            svg.Add(Lines(["Aucune donnée"], Width / 2, height / 2.0, "middle", 13, ChartPalette.Muted, 16));
            return svg;
        }
        var max = Bars.Max(b => b.Value);
        var room = Width - BarLeft - ValueRoom;
        svg.Add(El("line", At("x1", BarLeft), At("x2", BarLeft), At("y1", Pad), At("y2", height - Pad), At("stroke", ChartPalette.Axis), At("stroke-width", 1)));
        for (var i = 0; i < Bars.Count; i++)
        {
            var bar = Bars[i];
            var middle = Pad + i * rowHeight + rowHeight / 2.0;
            var length = max <= 0 || bar.Value <= 0 ? 0 : Math.Max(1, bar.Value / max * room);
            var value = Value(bar.Value, total);
            svg.Add(El("g", At("class", "chart-bar"),
                El("title", $"{bar.Label} : {value}"),
                Lines(labels[i], LabelRight, middle, "end", 12.5, ChartPalette.Text, 14),
                length > 0 ? El("rect", At("x", BarLeft), At("y", middle - BarHeight / 2), At("width", length), At("height", BarHeight), At("fill", ChartPalette.Of(0))) : null,
                Lines([value], BarLeft + length + 6, middle, "start", 12.5, ChartPalette.Text, 14)));
        }
        return svg;
    }

    private string Value(double value, double total) =>
        Figure(value, Unit) + (ShowPercent && total > 0 ? $" ({Percent(value / total)})" : "");

    private string Describe(double total) => Bars.Count == 0
        ? "Aucune donnée."
        : string.Join(" ; ", Bars.Select(b => $"{b.Label} : {Value(b.Value, total)}")) + ".";
}
