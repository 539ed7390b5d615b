using System.Globalization;
using Passerelle.Core.Documents;
using Passerelle.Core.InfoSessions;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// The regional pilot indicators as files: XLSX with two sheets (« Sources PLIE », « Sources France Travail »), CSV with
/// both lists side by side on each line (<see cref="CsvCells"/>: « ; », UTF-8 with BOM, formula-like cells neutralised;
/// rates as fractions with a decimal comma). Coded values only: PLIE and group codes, no name, no free text.
/// </summary>
public static class RegionalFiles
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static void WriteXlsx(RegionalReport report, Stream output) => XlsxFigures.Write(output,
        new XlsxSheet("Sources PLIE", RegionalSheet.PlieHeadings, RegionalSheet.PlieRows(report),
            $"Indicateurs de pilotage régionaux {report.Year} – sources PLIE (bilan quantitatif, annexe 1)"),
        new XlsxSheet("Sources France Travail", RegionalSheet.FranceTravailSheetHeadings, RegionalSheet.FranceTravailRows(report),
            $"Indicateurs de pilotage régionaux {report.Year} – sources France Travail"));

    public static async Task WriteCsvAsync(RegionalReport report, Stream output, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, CsvCells.Encoding, 1 << 14, leaveOpen: true);
        await writer.WriteAsync(CsvCells.Line([.. RegionalSheet.PlieHeadings, .. RegionalSheet.FranceTravailHeadings]).AsMemory(), ct);
        foreach (var (plie, ft) in RegionalSheet.PlieRows(report).Zip(RegionalSheet.FranceTravailRows(report)))
            await writer.WriteAsync(CsvCells.Line([.. plie.Select(Text), .. ft.Skip(4).Select(Text)]).AsMemory(), ct);
    }

    public static string? Text(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(French),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
