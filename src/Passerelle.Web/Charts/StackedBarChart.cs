using System.Xml.Linq;
using static Passerelle.Web.Charts.SvgText;

namespace Passerelle.Web.Charts;

/// <summary>
/// Horizontal stacked bars drawn server-side as SVG: one bar per <see cref="ChartStack"/>, one segment per series, a
/// legend above. With <see cref="Shares"/>, every bar spans the full width and its segments are shares of its total
/// (the categories of exits); otherwise bars are to scale. Accessible as <see cref="BarChart"/> is; each segment's
/// <c>title</c> gives its label, series, value and share.
/// </summary>
public sealed record StackedBarChart(string Id, string Title, IReadOnlyList<string> Series, IReadOnlyList<ChartStack> Stacks)
{
    private const double Width = 640, LabelRight = 200, BarLeft = 210, ValueRoom = 70, Pad = 6, BarHeight = 22, LegendRow = 22;
    private const int LabelChars = 30;

    public string? Description { get; init; }
    public string? Unit { get; init; }
    public bool Shares { get; init; }

    public string Svg() => Render().ToString(SaveOptions.DisableFormatting);

    public XElement Render()
    {
        var (legend, legendHeight) = Legend();
        var labels = Stacks.Select(s => Wrap(s.Label, LabelChars)).ToList();
        var rowHeight = labels.Any(l => l.Count > 1) ? 40 : 32;
        var top = Pad + legendHeight;
        var height = Stacks.Count == 0 ? 40 : top + Stacks.Count * rowHeight + Pad;
        var svg = Root(Id, Width, height, Title, Description ?? Describe(), "chart-stacked");
        if (Stacks.Count == 0)
        {
            svg.Add(Lines(["Aucune donnée"], Width / 2, height / 2.0, "middle", 13, ChartPalette.Muted, 16));
            return svg;
        }
        svg.Add(legend);
        var room = Width - BarLeft - ValueRoom;
        var max = Stacks.Max(s => s.Values.Sum());
        for (var i = 0; i < Stacks.Count; i++)
        {
            var stack = Stacks[i];
            var total = stack.Values.Sum();
            var scale = total <= 0 ? 0 : Shares ? room / total : room / max;
            var middle = top + i * rowHeight + rowHeight / 2.0;
            var group = El("g", At("class", "chart-stack"), El("title", $"{stack.Label} : {Figure(total, Unit)}"),
                Lines(labels[i], LabelRight, middle, "end", 12.5, ChartPalette.Text, 14));
            var x = BarLeft;
            for (var s = 0; s < Series.Count && s < stack.Values.Count; s++)
            {
                var value = stack.Values[s];
                if (value <= 0) continue;
                var width = value * scale;
                var text = $"{Figure(value, Unit)} ({Percent(value / total)})";
                var segment = El("g", El("title", $"{stack.Label} — {Series[s]} : {text}"),
                    El("rect", At("x", x), At("y", middle - BarHeight / 2), At("width", width), At("height", BarHeight),
                        At("fill", ChartPalette.Of(s)), At("stroke", "#fff"), At("stroke-width", 1)));
                var inside = Shares ? Percent(value / total) : Figure(value, null);
                if (width >= inside.Length * 7 + 8)
                    segment.Add(Lines([inside], x + width / 2, middle, "middle", 12, "#fff", 14));
                group.Add(segment);
                x += width;
            }
            group.Add(Lines([Figure(total, Unit)], x + 6, middle, "start", 12.5, ChartPalette.Text, 14));
            svg.Add(group);
        }
        return svg;
    }

    // Swatches and names, left to right, wrapping when the row is full.
    private (XElement Legend, double Height) Legend()
    {
        var legend = El("g", At("class", "chart-legend"));
        double x = BarLeft, y = Pad + LegendRow / 2;
        var rows = 1;
        for (var s = 0; s < Series.Count; s++)
        {
            var width = 18 + Series[s].Length * 6.8 + 14;
            if (x + width > Width && x > BarLeft)
            {
                x = BarLeft;
                y += LegendRow;
                rows++;
            }
            legend.Add(El("rect", At("x", x), At("y", y - 6), At("width", 12), At("height", 12), At("fill", ChartPalette.Of(s))));
            legend.Add(Lines([Series[s]], x + 17, y, "start", 12, ChartPalette.Text, 14));
            x += width;
        }
        return (legend, rows * LegendRow + 4);
    }

    private string Describe() => Stacks.Count == 0
        ? "Aucune donnée."
        : string.Join(" ; ", Stacks.Select(s => $"{s.Label} : " + string.Join(", ",
            Series.Select((name, i) => $"{name} {Figure(i < s.Values.Count ? s.Values[i] : 0, Unit)}")))) + ".";
}
