using System.Globalization;
using Passerelle.Core.InfoSessions;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif as CSV for French spreadsheets (<see cref="CsvCells"/>: « ; », UTF-8 with BOM, cells beginning
/// like a formula neutralised): the headings of <see cref="BilanSheet"/>, one line per table; rates as fractions with a
/// decimal comma (0,6667), empty when their denominator is 0.
/// </summary>
public static class BilanCsv
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static async Task WriteAsync(BilanReport report, Stream output, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, CsvCells.Encoding, 1 << 14, leaveOpen: true);
        await writer.WriteAsync(CsvCells.Line([.. BilanSheet.Headings]).AsMemory(), ct);
        foreach (var row in BilanSheet.Rows(report))
            await writer.WriteAsync(CsvCells.Line([.. row.Select(Text)]).AsMemory(), ct);
    }

    private static string? Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(French),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
