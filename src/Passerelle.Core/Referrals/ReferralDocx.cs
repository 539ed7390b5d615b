using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// A filled fiche de liaison as a Word document (the partners exchange a Word template: 001 annex 1 C, "Fiche
/// d'orientation vers le PLIE.dotx"): each field with its French wording, its value and its contract §4 code, then the
/// data-protection notice and room for the person's signature (000 data convention art. 4.1). No free-text field.
/// </summary>
public static class ReferralDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Build(ReferralSheetView s)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = "Fiche de liaison – orientation vers le PLIE";
            doc.PackageProperties.Creator = "Passerelle";
            doc.PackageProperties.Language = "fr-FR";
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Paragraph($"Fiche de liaison – orientation vers le {s.PlieName}", bold: true, size: 32));
            body.Append(Paragraph($"Envoyée le {ReferralText.Date(s.Date)} par {s.PrescriberName}. Rubriques codées uniquement : aucune rubrique de texte libre (convention d'échange de données, annexe).", size: 18));
            body.Append(Section("Orientation"), Table(
            [
                ("PLIE", s.PlieName, ""),
                ("Date de l'orientation", ReferralText.Date(s.Date), s.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                ("Organisme prescripteur", s.PrescriberName, s.PrescriberOrg ?? ""),
                ("Type de prescripteur", Codes.Label(Codes.PrescriberKinds, s.PrescriberKind), s.PrescriberKind),
                ("Canal", Codes.Label(Codes.ReferralChannels, s.Channel), s.Channel),
            ]));
            body.Append(Section("Personne orientée"), Table(
            [
                ("Nom", s.LastName ?? "(identité effacée)", ""),
                ("Nom de naissance", s.BirthName ?? "—", ""),
                ("Prénom", s.FirstName ?? "(identité effacée)", ""),
                ("Date de naissance", s.BirthDate is { } b ? ReferralText.Date(b) : "—", ""),
                ("Sexe", ReferralLabels.Sexes.GetValueOrDefault(s.Sex, s.Sex), s.Sex),
                ("Commune de résidence", s.CommuneName ?? s.CommuneInsee, s.CommuneInsee),
                ("Identifiant France Travail", s.FranceTravailId ?? "—", s.FranceTravailId ?? ""),
            ]));
            var situation = ReferralLabels.SituationFlags
                .Select(f => (f.Label, ReferralLabels.YesNo(f.Read(s.Situation)), $"{f.Code}={(f.Read(s.Situation) ? "true" : "false")}"))
                .Append(("Niveau de formation", ReferralLabels.EducationLevel(s.Situation.EducationLevel), $"educationLevel={s.Situation.EducationLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null"}"));
            body.Append(Section("Situation"), Table([.. situation]));
            body.Append(Section(s.Notice.Title));
            foreach (var p in s.Notice.Paragraphs) body.Append(Paragraph(p, size: 20));
            body.Append(Paragraph(s.Notice.Acknowledgement, bold: true, size: 20));
            body.Append(Paragraph("Date et signature de la personne :", size: 20), Paragraph(" "), Paragraph(" "));
            body.Append(new SectionProperties(new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
            new FontSize { Val = "22" },
            new Languages { Val = "fr-FR" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));

    private static Paragraph Section(string title) => Paragraph(title, bold: true, size: 26, before: "240");

    private static Paragraph Paragraph(string text, bool bold = false, int? size = null, string? before = null)
    {
        var props = new RunProperties();
        if (bold) props.Append(new Bold());
        if (size is { } sz) props.Append(new FontSize { Val = sz.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph(new Run(props, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (before is not null) paragraph.PrependChild(new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = before }));
        return paragraph;
    }

    private static Table Table(IReadOnlyList<(string Label, string Value, string Code)> rows)
    {
        // Schema order: top, left, bottom, right, inside horizontal, inside vertical (Word refuses another order).
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder()),
                Border(new InsideHorizontalBorder()), Border(new InsideVerticalBorder()))));
        table.Append(new TableGrid(new GridColumn { Width = "3600" }, new GridColumn { Width = "3800" }, new GridColumn { Width = "2200" }));
        table.Append(Row(("Rubrique", "Valeur", "Code"), header: true));
        foreach (var row in rows) table.Append(Row(row, header: false));
        return table;
    }

    private static T Border<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Color = "808080";
        return border;
    }

    private static TableRow Row((string Label, string Value, string Code) cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var text in new[] { cells.Label, cells.Value, cells.Code })
            row.Append(new TableCell(Paragraph(text, bold: header, size: 20)));
        return row;
    }
}
