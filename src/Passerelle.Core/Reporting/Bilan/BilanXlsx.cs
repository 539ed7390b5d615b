using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The Bilan quantitatif as an XLSX workbook (OpenXML SDK): one sheet with the table of <see cref="BilanSheet"/>, counts as
/// numbers, rates as fractions shown as percentages, empty when their denominator is 0. Text goes in inline strings and
/// never in a formula; a text beginning like a formula is prefixed with an apostrophe as in the CSV, so a copy to
/// another sheet cannot run it.
/// </summary>
public static class BilanXlsx
{
    private const uint PercentStyle = 1, HeadingStyle = 2;
    private static readonly char[] Formula = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a file or a memory stream).</summary>
    public static void Write(BilanReport report, Stream output)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, BilanSheet.Headings.Select(h => TextCell(h, HeadingStyle))));
        uint index = 2;
        foreach (var values in BilanSheet.Rows(report))
            data.Append(Row(index++, values.Select(Cell)));
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", State = PaneStateValues.Frozen, ActivePane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }),
            new Columns(new Column { Min = 1, Max = (uint)BilanSheet.Headings.Count, Width = 18, CustomWidth = true }),
            data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Bilan quantitatif" }));
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            row.Append(cell);
        }
        return row;
    }

    /// <summary>A, B, … Z, AA, AB…</summary>
    private static string ColumnName(int index) => index < 26 ? ((char)('A' + index)).ToString() : ColumnName(index / 26 - 1) + (char)('A' + index % 26);

    private static Cell Cell(object? value) => value switch
    {
        null => new Cell(),
        int i => new Cell { CellValue = new CellValue(i), DataType = CellValues.Number },
        decimal d => new Cell { CellValue = new CellValue(d), DataType = CellValues.Number, StyleIndex = PercentStyle },
        _ => TextCell(value.ToString() ?? "", null),
    };

    private static Cell TextCell(string text, uint? style)
    {
        if (text.Length > 0 && Formula.Contains(text[0])) text = "'" + text;
        var cell = new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
        if (style is { } s) cell.StyleIndex = s;
        return cell;
    }

    // 0: default; 1: built-in number format 10 (0.00 %); 2: bold, wrapped headings.
    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 10, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true })
        { Count = 3 });
}
