using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Core.Documents;

/// <summary>
/// One sheet of text cells written with the OpenXML SDK's streaming writer (architecture.md; toolchain.md: 100,000 rows
/// in under 3 s). Every cell is an inline string (<c>t="inlineStr"</c>), never a formula nor a shared string: a value such
/// as <c>=HYPERLINK("http://x","y")</c> or <c>+cmd|' /C calc'!A0</c> is shown as the text it is and never evaluated
/// (OWASP « CSV injection », the same protection as <see cref="InfoSessions.CsvCells"/>). The header row is bold and frozen.
/// </summary>
public static class XlsxTable
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Styles();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
            { WorkbookViewId = 0U }));
            writer.WriteElement(new Columns(new Column { Min = 1U, Max = (uint)Math.Max(1, headers.Count), Width = 22, CustomWidth = true }));
            writer.WriteStartElement(new SheetData());
            WriteRow(writer, headers, style: 1U);
            foreach (var row in rows) WriteRow(writer, row, style: null);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1U, Name = sheetName }));
        workbook.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, IReadOnlyList<string> cells, uint? style)
    {
        writer.WriteStartElement(new Row());
        foreach (var value in cells)
        {
            var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(Clean(value)) { Space = SpaceProcessingModeValues.Preserve }) };
            if (style is { } s) cell.StyleIndex = s;
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    /// <summary>Characters XML 1.0 cannot carry (control characters) are dropped rather than breaking the file.</summary>
    private static string Clean(string? value)
    {
        var text = value ?? "";
        if (!text.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) if (c >= ' ' || c is '\t' or '\n' or '\r') sb.Append(c);
        return sb.ToString();
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2U },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true })
        { Count = 2U });
}
