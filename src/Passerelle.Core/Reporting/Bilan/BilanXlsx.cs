using Passerelle.Core.Documents;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif as an XLSX workbook: one sheet with the table of <see cref="BilanSheet"/>, counts as numbers, rates
/// as fractions shown as percentages, empty when their denominator is 0 (<see cref="XlsxFigures"/>: no formula, text cells
/// beginning like one neutralised).
/// </summary>
public static class BilanXlsx
{
    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a file or a memory stream).</summary>
    public static void Write(BilanReport report, Stream output) =>
        XlsxFigures.Write(output, new XlsxSheet("Bilan quantitatif", BilanSheet.Headings, BilanSheet.Rows(report)));
}
