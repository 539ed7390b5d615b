using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Passerelle.Tests.Reporting;

/// <summary>Reads the CSV and XLSX of the Bilan quantitatif back as rows of text cells (rates as invariant decimals).</summary>
public static class BilanFiles
{
    public static List<string[]> Csv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 with BOM for Excel
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        // The headings carry commas and apostrophes, hence quotes; no cell carries a quote or a line break.
        return [.. text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line =>
            System.Text.RegularExpressions.Regex.Matches(line, "(?<=^|;)(\"[^\"]*\"|[^;]*)").Select(m => m.Value.Trim('"').Replace(',', '.')).ToArray())];
    }

    public static List<string[]> Xlsx(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Empty(sheet.Descendants<CellFormula>());
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            c.InlineString is { } s ? s.InnerText : c.CellValue is { } v ? decimal.Parse(v.Text, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : "").ToArray())];
    }
}
