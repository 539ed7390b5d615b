using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Passerelle.Core.Journeys;
using Passerelle.Core.Referentials;
using static Passerelle.Core.Referrals.ReferralWorkbookColumns;

namespace Passerelle.Core.Referrals;

/// <summary>
/// Reads a France Travail referral list (xlsx, first sheet, headers on the first non-empty line, matched by
/// <see cref="ReferralWorkbookColumns"/>), streaming the sheet. Every problem is reported with its line and column; a
/// formula is refused (the lists carry values only, and a formula is how spreadsheet injection travels). Reads only:
/// the caller imports the rows when there is no error at all.
/// </summary>
public sealed partial class ReferralWorkbookReader(CommuneReferential communes)
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const int MaxLines = 100_000;

    /// <param name="knownAgency">Whether an agency code names a France Travail agency of the instance.</param>
    /// <param name="today">Dates after it are refused.</param>
    /// <param name="territory">INSEE codes of the PLIE's territory: a commune name shared by several communes is read as the one inside.</param>
    public async Task<ReferralWorkbookResult> ReadAsync(Stream input, Func<string, bool> knownAgency, DateOnly today,
        IReadOnlySet<string>? territory = null, CancellationToken ct = default)
    {
        var errors = new List<ReferralWorkbookError>();
        var buffer = new MemoryStream();
        await CopyBoundedAsync(input, buffer, ct);
        if (buffer.Length > MaxBytes)
            return Failed(new(null, null, $"fichier trop volumineux (plus de {MaxBytes / 1024 / 1024} Mo) : une liste d'orientations tient en quelques Mo."));
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
            var rows = new List<ReferralWorkbookRow>();
            var ignored = new List<string>();
            Dictionary<string, (ReferralWorkbookColumn Column, string Title)>? header = null;
            var seenIds = new Dictionary<string, int>(StringComparer.Ordinal);
            var lines = 0;
            foreach (var (line, cells) in Rows(sheet, strings))
            {
                if (cells.Values.All(c => c.Text.Length == 0 && !c.Formula)) continue;
                if (header is null)
                {
                    header = Header(cells, errors, ignored);
                    if (header is null) break;
                    continue;
                }
                if (++lines > MaxLines)
                {
                    errors.Add(new(line, null, $"plus de {MaxLines:N0} lignes : découpez la liste."));
                    break;
                }
                var row = Row(line, cells, header, knownAgency, today, territory, errors);
                if (row is null) continue;
                if (seenIds.TryGetValue(row.FranceTravailId, out var first))
                    errors.Add(new(line, "Identifiant France Travail", $"identifiant « {row.FranceTravailId} » déjà présent ligne {first}."));
                else
                {
                    seenIds[row.FranceTravailId] = line;
                    rows.Add(row);
                }
            }
            if (header is null && errors.Count == 0) errors.Add(new(null, null, "la feuille est vide : aucune ligne d'intitulés."));
            return new(errors.Count == 0 ? rows : [], errors, ignored);
        }

        ReferralWorkbookResult Failed(ReferralWorkbookError error) => new([], [error], []);
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

    private readonly record struct CellValue(string Text, bool Formula, bool Number);

    /// <summary>Each row with its line number and its cells by column letters, streamed.</summary>
    private static IEnumerable<(int Line, Dictionary<string, CellValue> Cells)> Rows(WorksheetPart sheet, List<string> strings)
    {
        using var reader = OpenXmlReader.Create(sheet);
        var line = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            line = row.RowIndex?.Value is { } index ? (int)index : line + 1;
            var cells = new Dictionary<string, CellValue>(StringComparer.Ordinal);
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

    private static CellValue Read(Cell cell, List<string> strings)
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

    private static Dictionary<string, (ReferralWorkbookColumn, string)>? Header(Dictionary<string, CellValue> cells, List<ReferralWorkbookError> errors, List<string> ignored)
    {
        var header = new Dictionary<string, (ReferralWorkbookColumn Column, string Title)>(StringComparer.Ordinal);
        var taken = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letters, cell) in cells)
        {
            if (cell.Text.Length == 0) continue;
            if (Match(cell.Text) is not { } column)
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
        foreach (var missing in All.Where(c => c.Required && !taken.ContainsKey(c.Field)))
            errors.Add(new(null, missing.Title, $"colonne obligatoire manquante (intitulés reconnus : {string.Join(", ", missing.Headers.Take(4))}…)."));
        if (!taken.ContainsKey(CommuneInsee) && !taken.ContainsKey(CommuneName))
            errors.Add(new(null, "Commune", "colonne obligatoire manquante : « Code INSEE de la commune » ou « Commune »."));
        return errors.Count == 0 ? header : null;
    }

    private ReferralWorkbookRow? Row(int line, Dictionary<string, CellValue> cells, Dictionary<string, (ReferralWorkbookColumn Column, string Title)> header,
        Func<string, bool> knownAgency, DateOnly today, IReadOnlySet<string>? territory, List<ReferralWorkbookError> errors)
    {
        var before = errors.Count;
        var values = new Dictionary<string, (CellValue Cell, string Title)>(StringComparer.Ordinal);
        foreach (var (letters, (column, title)) in header)
        {
            var cell = cells.GetValueOrDefault(letters);
            if (cell.Formula)
                errors.Add(new(line, title, $"formule refusée (cellule {letters}{line}) : une liste échangée ne contient que des valeurs."));
            else if (cell.Text.Length == 0 && column.Required)
                errors.Add(new(line, title, "valeur manquante."));
            else
                values[column.Field] = (cell, title);
        }
        if (errors.Count > before) return null;

        string Text(string field) => values.TryGetValue(field, out var v) ? v.Cell.Text : "";
        void Error(string field, string message) => errors.Add(new(line, values[field].Title, message));

        var id = Text(FranceTravailId).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        if (!FtId().IsMatch(id)) Error(FranceTravailId, $"« {Text(FranceTravailId)} » n'est pas un identifiant France Travail (1 à 16 lettres ou chiffres).");
        var lastName = Name(LastName, true);
        var birthName = Name(BirthName, false);
        var firstName = Name(FirstName, true);
        var birth = Date(BirthDate);
        if (birth is { } b && (b.Year < 1900 || b > today.AddYears(-14)))
            Error(BirthDate, $"date de naissance invraisemblable ({b:dd/MM/yyyy}).");
        var prescribed = Date(PrescribedOn);
        if (prescribed is { } p && p > today) Error(PrescribedOn, $"date dans le futur ({p:dd/MM/yyyy}).");
        if (prescribed is { } p2 && birth is { } b2 && p2 < b2) Error(PrescribedOn, "date de prescription antérieure à la naissance.");
        var sex = SexOf(Text(Sex));
        if (sex is null) Error(Sex, $"« {Text(Sex)} » : attendu F ou M (Madame, Monsieur, Femme, Homme).");
        var commune = Commune(values, territory, Error);
        var agency = Text(Agency).Trim().ToUpperInvariant();
        if (!knownAgency(agency)) Error(Agency, $"agence inconnue « {Text(Agency)} » : le code doit être celui d'une agence France Travail déclarée dans Passerelle.");
        var channel = ChannelOf(Text(Channel));
        if (channel is null) Error(Channel, $"« {Text(Channel)} » : attendu « fil de l'eau » ou « information collective ».");
        var situation = new Situation
        {
            Rsa = Flag(Rsa),
            Ass = Flag(Ass),
            Aah = Flag(Aah),
            Rqth = Flag(Rqth),
            LongTermUnemployed = Flag(LongTermUnemployed),
            Qpv = Flag(Qpv),
            EducationLevel = Level(),
        };
        if (errors.Count > before) return null;
        return new(line, id, lastName!, birthName, firstName!, birth!.Value, sex!, commune!, agency, prescribed!.Value, channel!, situation);

        string? Name(string field, bool required)
        {
            var text = Text(field);
            if (text.Length == 0) return required ? null : null;
            if (text.Length <= 100 && NameShape().IsMatch(text)) return text;
            Error(field, $"« {Cut(text)} » n'est pas un nom (lettres, espaces, traits d'union, apostrophes ; 100 caractères au plus).");
            return null;
        }

        DateOnly? Date(string field)
        {
            if (!values.TryGetValue(field, out var v)) return null;
            if (v.Cell.Number && double.TryParse(v.Cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 1 and < 73051)
                return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
            if (DateOnly.TryParseExact(v.Cell.Text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
            Error(field, $"date impossible « {Cut(v.Cell.Text)} » (attendu JJ/MM/AAAA).");
            return null;
        }

        bool Flag(string field)
        {
            var text = SearchKeys.Normalise(Text(field));
            if (text is "" or "NON" or "N" or "0" or "FAUX" or "NO" or "FALSE") return false;
            if (text is "OUI" or "O" or "X" or "1" or "VRAI" or "YES" or "TRUE") return true;
            Error(field, $"« {Cut(Text(field))} » : attendu oui ou non.");
            return false;
        }

        int? Level()
        {
            var text = SearchKeys.Normalise(Text(EducationLevel)).Replace("NIVEAU ", "", StringComparison.Ordinal);
            if (text.Length == 0) return null;
            if (int.TryParse(text, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 8) return n;
            // The former nomenclature (1969) still used in lists: V = CAP/BEP = level 3 of the 2019 one (décret 2019-14).
            int? former = text switch { "VI" or "V BIS" or "VBIS" => 2, "V" => 3, "IV" => 4, "III" => 5, "II" => 6, "I" => 7, _ => null };
            if (former is null) Error(EducationLevel, $"« {Cut(Text(EducationLevel))} » : niveau 1 à 8 (ou ancien niveau VI à I) attendu.");
            return former;
        }
    }

    private string? Commune(Dictionary<string, (CellValue Cell, string Title)> values, IReadOnlySet<string>? territory, Action<string, string> error)
    {
        if (values.TryGetValue(CommuneInsee, out var insee) && insee.Cell.Text.Length > 0)
        {
            var code = insee.Cell.Text.Trim().PadLeft(5, '0');
            if (communes.Find(code) is not null) return code;
            error(CommuneInsee, $"code INSEE de commune inconnu « {Cut(insee.Cell.Text)} ».");
            return null;
        }
        if (!values.TryGetValue(CommuneName, out var name) || name.Cell.Text.Length == 0)
        {
            error(values.ContainsKey(CommuneInsee) ? CommuneInsee : CommuneName, "valeur manquante.");
            return null;
        }
        // A « Commune » column often holds the INSEE code itself.
        if (InseeShape().IsMatch(name.Cell.Text.Trim()) && communes.Find(name.Cell.Text.Trim()) is not null) return name.Cell.Text.Trim();
        var key = SearchKeys.Normalise(name.Cell.Text);
        var found = communes.Communes.Where(c => SearchKeys.Normalise(c.Name) == key).ToList();
        if (found.Count > 1 && territory is not null) found = [.. found.Where(c => territory.Contains(c.Insee))];
        if (found.Count == 1) return found[0].Insee;
        error(CommuneName, found.Count == 0
            ? $"commune inconnue « {Cut(name.Cell.Text)} »."
            : $"plusieurs communes s'appellent « {Cut(name.Cell.Text)} » : donnez le code INSEE.");
        return null;
    }

    private static string? SexOf(string text) => SearchKeys.Normalise(text) switch
    {
        "F" or "FEMME" or "MADAME" or "MME" or "MLLE" or "MADEMOISELLE" => "F",
        "M" or "H" or "HOMME" or "MONSIEUR" or "MR" => "M",
        _ => null,
    };

    private static string? ChannelOf(string text) => SearchKeys.Normalise(text) switch
    {
        "" or "FIL DE L EAU" or "FLUX" or "FLOW" or "ORIENTATION" => "flow",
        "INFORMATION COLLECTIVE" or "IC" or "INFO COLLECTIVE" or "INFO_SESSION" or "INFO SESSION" => "info_session",
        _ => null,
    };

    private static string Cut(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    [GeneratedRegex("^(?:[0-9]{5}|2[AB][0-9]{3})$")]
    private static partial Regex InseeShape();

    [GeneratedRegex("^[A-Z0-9]{1,16}$")]
    private static partial Regex FtId();

    [GeneratedRegex(@"^\p{L}[\p{L}\p{M} '’.-]*$")]
    private static partial Regex NameShape();
}
