using System.Globalization;
using System.Xml.Linq;

namespace Passerelle.Web.Charts;

/// <summary>What the charts share: SVG elements, French numbers, and labels wrapped on two lines at most.</summary>
internal static class SvgText
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    public static XElement El(string name, params object?[] content) => new(Ns + name, content);

    public static XAttribute At(string name, object value) =>
        new(name, value is double d ? Number(d) : value is int i ? i.ToString(CultureInfo.InvariantCulture) : value);

    /// <summary>Coordinates: invariant, one decimal at most.</summary>
    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A figure as French readers write it: 1 234 ; 15,6 ; with its unit (« 15,6 mois »).</summary>
    public static string Figure(double value, string? unit) =>
        value.ToString(value % 1 == 0 ? "#,0" : "#,0.0", French) + (string.IsNullOrEmpty(unit) ? "" : " " + unit);

    public static string Percent(double share) => share.ToString("0 %", French).Replace("\u202f%", "\u00a0%", StringComparison.Ordinal);

    /// <summary>The label in at most <paramref name="maxLines"/> lines of about <paramref name="width"/> characters; a line cut ends in « … ».</summary>
    public static IReadOnlyList<string> Wrap(string label, int width, int maxLines = 2)
    {
        var lines = new List<string>();
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= width) lines[^1] += " " + word;
            else lines.Add(word);
        }
        if (lines.Count > maxLines) lines = [.. lines.Take(maxLines - 1), string.Join(" ", lines.Skip(maxLines - 1))];
        return [.. lines.Select(l => l.Length <= width ? l : l[..(width - 1)].TrimEnd() + "…")];
    }

    /// <summary>A text element of one or more lines, vertically centred on <paramref name="y"/>.</summary>
    public static XElement Lines(IReadOnlyList<string> lines, double x, double y, string anchor, double size, string fill, double lineHeight)
    {
        var first = y - (lines.Count - 1) * lineHeight / 2;
        var text = El("text", At("x", x), At("y", first), At("text-anchor", anchor), At("dominant-baseline", "middle"),
            At("font-size", size), At("fill", fill));
        for (var i = 0; i < lines.Count; i++)
            text.Add(El("tspan", At("x", x), At("y", first + i * lineHeight), lines[i]));
        return text;
    }

    /// <summary>The root: an image for assistive technologies, named by its title and described by its description.</summary>
    public static XElement Root(string id, double width, double height, string title, string description, string css)
    {
        var svg = El("svg", At("class", "chart " + css), At("role", "img"),
            At("viewBox", $"0 0 {Number(width)} {Number(height)}"), At("width", width), At("height", height),
            At("aria-labelledby", $"{id}-title {id}-desc"), At("font-family", Font),
            El("title", At("id", id + "-title"), title),
            El("desc", At("id", id + "-desc"), description));
        return svg;
    }
}
