using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Tests.Tracking;

/// <summary>Opens a tracking zip as France Travail does (7-Zip, the passphrase typed) and reads the XLSX and CSV inside.</summary>
public static class TrackingFileReader
{
    /// <summary>Runs <c>7z x -pPASSWORD</c> on the zip into a fresh folder: the exit code and the folder.</summary>
    public static async Task<(int ExitCode, string Folder)> ExtractAsync(byte[] zip, string password)
    {
        var folder = Path.Combine(Path.GetTempPath(), "tracking-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "table.zip");
        await File.WriteAllBytesAsync(file, zip);
        var start = new ProcessStartInfo("7z") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var a in new[] { "x", "-p" + password, "-y", "-o" + Path.Combine(folder, "out"), file }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, Path.Combine(folder, "out"));
    }

    /// <summary>Every row of the first sheet: each cell's text, whether it is an inline string, and whether it holds a formula.</summary>
    public static List<List<(string Text, bool Inline, bool Formula)>> ReadXlsx(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c =>
            (c.InlineString?.InnerText ?? c.CellValue?.Text ?? "", c.DataType?.Value == CellValues.InlineString, c.CellFormula is not null)).ToList())];
    }

    /// <summary>The CSV's cells, unquoted (RFC 4180, « ; »), with the byte-order mark checked.</summary>
    public static List<List<string>> ReadCsv(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark expected (Excel reads accents right).");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ';') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { }
            else if (c == '\n') { row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; }
            else cell.Append(c);
        }
        return rows;
    }
}
