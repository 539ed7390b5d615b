using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Core.Documents;

/// <summary>One sheet of figures: an optional title line, the headings, then rows of cells (see <see cref="XlsxFigures"/>).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headings, IEnumerable<IReadOnlyList<object?>> Rows, string? Title = null);

/// <summary>
/// Workbooks of report figures (OpenXML SDK), one sheet per <see cref="XlsxSheet"/>: ints and doubles as numbers, decimals as
/// fractions shown as percentages, null as an empty cell, anything else as text. Text goes in inline strings and never in a formula;
/// a text beginning like a formula is prefixed with an apostrophe as in the CSV (<see cref="InfoSessions.CsvCells"/>), so a
/// copy to another sheet cannot run it. The headings are bold, wrapped and frozen.
/// </summary>
public static class XlsxFigures
{
    private const uint PercentStyle = 1, HeadingStyle = 2;
    private static readonly char[] Formula = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Writes the workbook to <paramref name="output"/>, which must be seekable (a file or a memory stream).</summary>
    public static void Write(Stream output, params IReadOnlyList<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var list = new Sheets();
        uint id = 1;
        foreach (var sheet in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint index = 1;
            if (sheet.Title is { } title) data.Append(Row(index++, [TextCell(title, HeadingStyle)]));
            var headingRow = index;
            data.Append(Row(index++, sheet.Headings.Select(h => TextCell(h, HeadingStyle))));
            foreach (var values in sheet.Rows)
                data.Append(Row(index++, values.Select(Cell)));
            part.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane
                {
                    VerticalSplit = headingRow,
                    TopLeftCell = "A" + (headingRow + 1).ToString(CultureInfo.InvariantCulture),
                    State = PaneStateValues.Frozen,
                    ActivePane = PaneValues.BottomLeft,
                })
                { WorkbookViewId = 0 }),
                new Columns(new Column { Min = 1, Max = (uint)Math.Max(1, sheet.Headings.Count), Width = 18, CustomWidth = true }),
                data);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = SheetName(sheet.Name) });
        }
        workbook.Workbook.AppendChild(list);
        workbook.Workbook.Save();
    }

    /// <summary>Excel refuses sheet names over 31 characters or with <c>[]:*?/\</c>.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => !"[]:*?/\\".Contains(c))]);
        return clean.Length <= 31 ? clean : clean[..31];
    }

    private static Row Row(uint index, IEnumerable<Cell> cells)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var cell in cells)
        {
            cell.CellReference = ColumnName(column++) + index.ToString(CultureInfo.InvariantCulture);
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
        double x => new Cell { CellValue = new CellValue(x), DataType = CellValues.Number },
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
