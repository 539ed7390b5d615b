using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Passerelle.Benchmarks;

/// <summary>
/// A France Travail referral list of N distinct people as the PLIE receives it (xlsx, the former « Pôle emploi »
/// headers, dates as Excel serials, a free-text column the import ignores), written with the streaming OpenXML writer.
/// </summary>
public static class ReferralListFile
{
    public static readonly string[] Agencies = ["FT-ANTIBES", "FT-CAGNES", "FT-VALBONNE"];

    // Communes of the CASA territory (EPCI 240600585).
    private static readonly string[] Communes = ["06004", "06155", "06152", "06018", "06027", "06030", "06033", "06064", "06065"];

    private static readonly string[] Headers =
        ["Identifiant Pôle emploi", "NOM", "Prénom", "Date de naissance", "Civilité", "Code INSEE", "Agence", "Date de prescription", "BRSA", "DELD", "Niveau", "Observations"];

    /// <param name="first">Number of the first person: lists with distinct ranges hold distinct people.</param>
    public static void Write(string path, int lines, int seed, DateOnly today, int first = 0)
    {
        var random = new Random(seed);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheet = workbook.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(sheet))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetData());
            Row(writer, 1, Headers.Select(h => (object)h));
            for (var i = first; i < first + lines; i++)
            {
                var birth = new DateOnly(1962, 1, 1).AddDays(random.Next(0, 15_000));
                var prescribed = today.AddDays(-random.Next(1, 90));
                Row(writer, i - first + 2,
                [
                    $"{1_000_000 + i}{(char)('A' + i % 26)}", "Nom" + Name(i), "Prenom" + Name(i * 7 + 3), birth, random.Next(2) == 0 ? "Mme" : "M.",
                    Communes[random.Next(Communes.Length)], Agencies[random.Next(Agencies.Length)], prescribed,
                    random.Next(3) == 0 ? "oui" : "non", random.Next(2) == 0 ? "X" : "", random.Next(1, 8).ToString(CultureInfo.InvariantCulture), "à rappeler",
                ]);
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Orientations" }));
    }

    private static void Row(OpenXmlWriter writer, int line, IEnumerable<object> values)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)line });
        foreach (var value in values)
        {
            var cell = value switch
            {
                DateOnly d => new Cell { CellValue = new CellValue(d.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)) },
                _ => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text((string)value)) },
            };
            writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    /// <summary>A distinct pronounceable suffix per number ("Nomkaze…"): names stay letters only.</summary>
    private static string Name(int n)
    {
        const string consonants = "bcdfgklmnprstvz";
        const string vowels = "aeiou";
        var s = "";
        do
        {
            s += consonants[n % consonants.Length];
            n /= consonants.Length;
            s += vowels[n % vowels.Length];
            n /= vowels.Length;
        } while (n > 0);
        return s;
    }
}
