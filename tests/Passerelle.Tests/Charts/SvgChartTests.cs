using System.Xml.Linq;
using Passerelle.Web.Charts;

namespace Passerelle.Tests.Charts;

/// <summary>The server-side charts: well-formed SVG, accessible (role, title, description), every value and label present.</summary>
public class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(string svg)
    {
        var root = XElement.Parse(svg); // throws on malformed XML
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        return root;
    }

    private static string Text(XElement root) => string.Concat(root.Descendants(Svg + "tspan").Select(t => t.Value + "\n"));

    [Fact]
    public void A_bar_chart_is_an_image_named_by_its_title_and_described_by_its_values()
    {
        var chart = new BarChart("etapes", "Étapes par nature", [new("Formation", 12), new("Atelier", 4), new("Immersion (PMSMP)", 0)]) { ShowPercent = true };

        var root = Parse(chart.Svg());

        Assert.Equal("etapes-title etapes-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.Equal("Étapes par nature", root.Element(Svg + "title")!.Value);
        Assert.Equal("etapes-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.Equal("Formation : 12 (75 %) ; Atelier : 4 (25 %) ; Immersion (PMSMP) : 0 (0 %).", root.Element(Svg + "desc")!.Value.Replace('\u00a0', ' '));
        var text = Text(root).Replace('\u00a0', ' ');
        Assert.Contains("Formation\n", text, StringComparison.Ordinal);
        Assert.Contains("12 (75 %)\n", text, StringComparison.Ordinal);
        Assert.Contains("0 (0 %)\n", text, StringComparison.Ordinal);
        // Bars to scale: the largest fills the room, a zero draws no bar.
        var widths = root.Descendants(Svg + "rect").Select(r => double.Parse((string)r.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, widths.Count);
        Assert.Equal(widths[0] / 3, widths[1], 1);
    }

    [Fact]
    public void An_empty_chart_says_so_and_a_chart_of_zeros_draws_no_bar()
    {
        var empty = Parse(new BarChart("vide", "Rien", []).Svg());
        var zeros = Parse(new BarChart("zeros", "Zéros", [new("Formation", 0)]).Svg());
        var stacked = Parse(new StackedBarChart("pile", "Rien", ["A", "B"], []).Svg());

        Assert.Contains("Aucune donnée", Text(empty), StringComparison.Ordinal);
        Assert.Equal("Aucune donnée.", empty.Element(Svg + "desc")!.Value);
        Assert.Empty(zeros.Descendants(Svg + "rect"));
        Assert.Contains("0\n", Text(zeros), StringComparison.Ordinal);
        Assert.Contains("Aucune donnée", Text(stacked), StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_value_fills_the_bar()
    {
        var root = Parse(new BarChart("un", "Un seul", [new("Sorties", 7)]) { Unit = "mois" }.Svg());

        Assert.Single(root.Descendants(Svg + "rect"));
        Assert.Contains("7 mois", Text(root).Replace('\u00a0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_french_label_wraps_on_two_lines_is_cut_with_an_ellipsis_and_stays_whole_in_its_title()
    {
        const string label = "Faire face à des difficultés administratives ou juridiques et à d'autres démarches très longues à décrire";
        var root = Parse(new BarChart("long", "Freins", [new(label, 3)]).Svg());

        var lines = root.Descendants(Svg + "g").Single().Element(Svg + "text")!.Elements(Svg + "tspan").Select(t => t.Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.All(lines, l => Assert.True(l.Length <= 30, l));
        Assert.EndsWith("…", lines[1], StringComparison.Ordinal);
        Assert.Equal($"{label} : 3", root.Descendants(Svg + "g").Single().Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Labels_and_titles_are_escaped()
    {
        var root = Parse(new BarChart("x", "A < B & « C »", [new("<script>alert(1)</script>", 1)]).Svg());

        Assert.Equal("A < B & « C »", root.Element(Svg + "title")!.Value);
        Assert.Empty(root.Descendants("script"));
        Assert.Empty(root.Descendants(Svg + "script"));
    }

    [Fact]
    public void A_stacked_chart_of_shares_spans_the_width_with_a_legend_and_each_segment_titled()
    {
        var chart = new StackedBarChart("types", "Sorties par type", ["Sortie positive", "Rupture / abandon", "Autre sortie"],
            [new ChartStack("Sorties", [3, 1, 0])])
        { Shares = true };

        var root = Parse(chart.Svg());

        var segments = root.Descendants(Svg + "g").Where(g => g.Element(Svg + "rect") is not null && g.Element(Svg + "title") is not null).ToList();
        Assert.Equal(2, segments.Count); // a zero draws no segment
        Assert.Equal("Sorties — Sortie positive : 3 (75 %)", segments[0].Element(Svg + "title")!.Value.Replace('\u00a0', ' '));
        var widths = segments.Select(s => double.Parse((string)s.Element(Svg + "rect")!.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3 * widths[1], widths[0], 1);
        var legend = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "chart-legend");
        Assert.Equal(["Sortie positive", "Rupture / abandon", "Autre sortie"], legend.Descendants(Svg + "tspan").Select(t => t.Value));
        Assert.Equal("Sorties : Sortie positive 3, Rupture / abandon 1, Autre sortie 0.", root.Element(Svg + "desc")!.Value);
    }

    [Theory]
    [MemberData(nameof(Colours))]
    public void Every_series_colour_keeps_white_text_readable_and_stands_out_on_white(string colour)
    {
        static double Luminance(string hex)
        {
            var c = Enumerable.Range(0, 3).Select(i => Convert.ToInt32(hex.Substring(1 + 2 * i, 2), 16) / 255.0)
                .Select(v => v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4)).ToArray();
            return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
        }

        Assert.True(1.05 / (Luminance(colour) + 0.05) >= 4.5, colour);
    }

    public static TheoryData<string> Colours() => [.. ChartPalette.Series];
}
