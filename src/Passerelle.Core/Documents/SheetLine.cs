using System.Globalization;

namespace Passerelle.Core.Documents;

/// <summary>
/// One line of a list whose cells passed the shared checks (no formula, required values present), for the caller's
/// parser: the values by field, and the means to report a problem on a column with the line and the column's title as
/// the file names it.
/// </summary>
public sealed class SheetLine(int line, Dictionary<string, (SheetCell Cell, string Title)> values, List<SheetError> errors)
{
    private readonly int before = errors.Count;
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    /// <summary>The line number in the sheet, as Excel shows it.</summary>
    public int Line => line;

    /// <summary>Whether the line has no error so far.</summary>
    public bool Valid => errors.Count == before;

    public bool Has(string field) => values.ContainsKey(field);

    /// <summary>The text of a field, "" when its column is absent or the cell empty.</summary>
    public string Text(string field) => values.TryGetValue(field, out var v) ? v.Cell.Text : "";

    /// <summary>The column's title as the file writes it.</summary>
    public string Title(string field) => values[field].Title;

    public void Error(string field, string message) => errors.Add(new(line, values[field].Title, message));

    /// <summary>
    /// A date written as text (JJ/MM/AAAA and usual variants) or stored as an Excel serial; null when the column is absent
    /// or the cell empty, or (reported) when it is no date.
    /// </summary>
    public DateOnly? Date(string field)
    {
        if (!values.TryGetValue(field, out var v) || v.Cell.Text.Length == 0) return null;
        if (v.Cell.Number && double.TryParse(v.Cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 73051)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
        if (DateOnly.TryParseExact(v.Cell.Text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Error(field, $"date impossible « {Cut(v.Cell.Text)} » (attendu JJ/MM/AAAA).");
        return null;
    }

    public static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
