using System.Text;

namespace Passerelle.Core.InfoSessions;

/// <summary>
/// CSV for spreadsheets (RFC 4180, ";" as French Excel expects), safe against formula injection: a cell beginning with
/// = + - @, a tab or a carriage return is prefixed with an apostrophe, so that Excel or LibreOffice shows it as text
/// instead of running it (OWASP "CSV injection"). A dozen lines do not justify a dependency.
/// </summary>
public static class CsvCells
{
    public const char Separator = ';';
    private static readonly char[] Formula = ['=', '+', '-', '@', '\t', '\r'];
    private static readonly char[] NeedsQuotes = [Separator, '"', '\n', '\r', ','];

    public static string Escape(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && Formula.Contains(text[0])) text = "'" + text;
        return text.IndexOfAny(NeedsQuotes) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static string Line(params string?[] cells) => string.Join(Separator, cells.Select(Escape)) + "\r\n";

    /// <summary>UTF-8 with a byte-order mark: Excel then reads accents right.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
}
