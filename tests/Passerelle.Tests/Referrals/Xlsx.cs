using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Tests.Referrals;

/// <summary>Builds small xlsx files as France Travail sends them: text cells, numbers (dates as Excel serials), formulas ("=…").</summary>
public static class Xlsx
{
    public static MemoryStream Build(IEnumerable<object?[]> rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint line = 0;
            foreach (var values in rows)
            {
                var row = new Row { RowIndex = ++line };
                for (var i = 0; i < values.Length; i++) row.Append(Cell(values[i], $"{(char)('A' + i)}{line}"));
                data.Append(row);
            }
            sheet.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Orientations" }));
        }
        stream.Position = 0;
        return stream;
    }

    private static Cell Cell(object? value, string reference) => value switch
    {
        null => new Cell { CellReference = reference },
        DateOnly d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
        int n => new Cell { CellReference = reference, CellValue = new CellValue(n) },
        string s when s.StartsWith('=') => new Cell { CellReference = reference, CellFormula = new CellFormula(s[1..]), CellValue = new CellValue("0") },
        _ => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value.ToString()!)) },
    };
}
