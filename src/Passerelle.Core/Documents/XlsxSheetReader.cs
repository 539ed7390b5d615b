using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Core.Documents;

/// <summary>
/// Reads a list received as an xlsx workbook, the shared part of every list France Travail sends (referral lists, PNI
/// lists): the file is read up to <see cref="MaxBytes"/> only, the first sheet is streamed row by row, the headers (first
/// non-empty line) are matched by <see cref="SheetHeaders"/>, a formula anywhere in a column read is refused (a list
/// carries values only, and a formula is how spreadsheet injection travels), a required value missing is reported, and
/// every problem names its line and column. Each line that passes is handed to the caller's parser as a
/// <see cref="SheetLine"/>; the caller keeps its rows only when no error at all was found.
/// </summary>
public sealed class XlsxSheetReader(SheetHeaders columns, string sizeHint)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxLines = 100_000;

    /// <param name="onLine">Parses one line (its errors go to <see cref="SheetLine.Error"/>).</param>
    /// <param name="headerCheck">Further checks of the columns found (their fields), e.g. one of two columns required.</param>
    public async Task<SheetRead> ReadAsync(Stream input, Action<SheetLine> onLine,
        Func<IReadOnlySet<string>, IEnumerable<SheetError>>? headerCheck = null, CancellationToken ct = default)
    {
        var errors = new List<SheetError>();
        var buffer = new MemoryStream();
        await CopyBoundedAsync(input, buffer, ct);
        if (buffer.Length > MaxBytes)
            return Failed(new(null, null, $"fichier trop volumineux (plus de {MaxBytes / 1024 / 1024} Mo) : {sizeHint}"));
        buffer.Position = 0;

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = 200_000_000 });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException or System.Xml.XmlException)
        {
            return Failed(new(null, null, "le fichier n'est pas un classeur Excel (.xlsx) lisible : enregistrez la liste au format « Classeur Excel (*.xlsx) »."));
        }
        using (document)
        {
            var sheet = FirstSheet(document);
            if (sheet is null) return Failed(new(null, null, "le classeur ne contient aucune feuille."));
            var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var ignored = new List<string>();
            Dictionary<string, (SheetColumn Column, string Title)>? header = null;
            var lines = 0;
            try
            {
                foreach (var (line, cells) in Rows(sheet, strings))
                {
                    if (cells.Values.All(c => c.Text.Length == 0 && !c.Formula)) continue;
                    if (header is null)
                    {
                        header = Header(cells, errors, ignored, headerCheck);
                        if (header is null) break;
                        continue;
                    }
                    if (++lines > MaxLines)
                    {
                        errors.Add(new(line, null, $"plus de {MaxLines:N0} lignes : découpez la liste."));
                        break;
                    }
                    if (Line(line, cells, header, errors) is { } parsed) onLine(parsed);
                }
            }
            catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or OpenXmlPackageException)
            {
                return Failed(new(null, null, "le fichier n'est pas un classeur Excel (.xlsx) lisible : enregistrez la liste au format « Classeur Excel (*.xlsx) »."));
            }
            if (header is null && errors.Count == 0) errors.Add(new(null, null, "la feuille est vide : aucune ligne d'intitulés."));
            return new(errors, ignored);
        }

        SheetRead Failed(SheetError error) => new([error], []);
    }

    private static async Task CopyBoundedAsync(Stream input, MemoryStream buffer, CancellationToken ct)
    {
        var chunk = new byte[81920];
        int read;
        while ((read = await input.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > MaxBytes) return;
        }
    }

    private static WorksheetPart? FirstSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var first = workbook?.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
        return first?.Id?.Value is { } id ? workbook!.GetPartById(id) as WorksheetPart : null;
    }

    /// <summary>Each row with its line number and its cells by column letters, streamed.</summary>
    private static IEnumerable<(int Line, Dictionary<string, SheetCell> Cells)> Rows(WorksheetPart sheet, List<string> strings)
    {
        using var reader = OpenXmlReader.Create(sheet);
        var line = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            line = row.RowIndex?.Value is { } index ? (int)index : line + 1;
            var cells = new Dictionary<string, SheetCell>(StringComparer.Ordinal);
            var position = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                position++;
                var column = cell.CellReference?.Value is { } reference ? Letters(reference) : ColumnName(position);
                cells[column] = Read(cell, strings);
            }
            yield return (line, cells);
        }
    }

    private static SheetCell Read(Cell cell, List<string> strings)
    {
        var formula = cell.CellFormula is not null;
        var raw = cell.CellValue?.Text ?? "";
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
            return new(int.TryParse(raw, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i].Trim() : "", formula, false);
        if (type == CellValues.InlineString) return new((cell.InlineString?.InnerText ?? "").Trim(), formula, false);
        if (type == CellValues.Boolean) return new(raw == "1" ? "oui" : "non", formula, false);
        if (type == CellValues.String || type == CellValues.Error) return new(raw.Trim(), formula, false);
        return new(raw.Trim(), formula, raw.Length > 0);
    }

    private static string Letters(string reference) => new([.. reference.TakeWhile(char.IsLetter)]);

    private static string ColumnName(int position)
    {
        var name = "";
        for (; position > 0; position = (position - 1) / 26) name = (char)('A' + (position - 1) % 26) + name;
        return name;
    }

    private Dictionary<string, (SheetColumn, string)>? Header(Dictionary<string, SheetCell> cells, List<SheetError> errors, List<string> ignored,
        Func<IReadOnlySet<string>, IEnumerable<SheetError>>? headerCheck)
    {
        var header = new Dictionary<string, (SheetColumn Column, string Title)>(StringComparer.Ordinal);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letters, cell) in cells)
        {
            if (cell.Text.Length == 0) continue;
            if (columns.Match(cell.Text) is not { } column)
            {
                ignored.Add(cell.Text);
                continue;
            }
            if (taken.TryGetValue(column.Field, out var other))
            {
                errors.Add(new(null, cell.Text, $"deux colonnes pour « {column.Title} » (« {other} » et « {cell.Text} ») : gardez-en une."));
                continue;
            }
            taken[column.Field] = cell.Text;
            header[letters] = (column, cell.Text);
        }
        foreach (var missing in columns.All.Where(c => c.Required && !taken.ContainsKey(c.Field)))
            errors.Add(new(null, missing.Title, $"colonne obligatoire manquante (intitulés reconnus : {string.Join(", ", missing.Headers.Take(4))}…)."));
        if (headerCheck is not null) errors.AddRange(headerCheck(taken.Keys.ToHashSet(StringComparer.Ordinal)));
        return errors.Count == 0 ? header : null;
    }

    private static SheetLine? Line(int line, Dictionary<string, SheetCell> cells, Dictionary<string, (SheetColumn Column, string Title)> header, List<SheetError> errors)
    {
        var before = errors.Count;
        var values = new Dictionary<string, (SheetCell Cell, string Title)>(StringComparer.Ordinal);
        foreach (var (letters, (column, title)) in header)
        {
            var cell = cells.GetValueOrDefault(letters);
            if (cell.Formula)
                errors.Add(new(line, title, $"formule refusée (cellule {letters}{line}) : une liste échangée ne contient que des valeurs."));
            else if ((cell.Text ?? "").Length == 0 && column.Required)
                errors.Add(new(line, title, "valeur manquante."));
            else
                values[column.Field] = (cell with { Text = cell.Text ?? "" }, title);
        }
        return errors.Count > before ? null : new SheetLine(line, values, errors);
    }
}
