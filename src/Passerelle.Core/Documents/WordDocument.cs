using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Passerelle.Core.Documents;

/// <summary>
/// A plain Word document built with the OpenXML SDK (architecture.md: DOCX with DocumentFormat.OpenXml 3.3.0): titles,
/// paragraphs, bulleted lines and bordered tables with a repeated header row, in Arial, French language.
/// </summary>
internal sealed class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private readonly Body body = new();

    public WordDocument Title(string text) => Add(Paragraph(text, bold: true, size: 32));

    public WordDocument Heading(string text) => Add(Paragraph(text, bold: true, size: 26, before: "240", keepNext: true));

    public WordDocument Text(string text, bool bold = false, int size = 22) => Add(Paragraph(text, bold, size));

    public WordDocument Bullet(string text) => Add(Paragraph("– " + text, size: 22, indent: true));

    public WordDocument Blank() => Add(new Paragraph());

    public WordDocument Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            // Schema order: top, left, bottom, right, inside horizontal, inside vertical.
            new TableBorders(Border(new TopBorder()), Border(new LeftBorder()), Border(new BottomBorder()), Border(new RightBorder()),
                Border(new InsideHorizontalBorder()), Border(new InsideVerticalBorder()))));
        table.Append(new TableGrid([.. headers.Select(_ => new GridColumn { Width = (9600 / headers.Count).ToString(CultureInfo.InvariantCulture) })]));
        table.Append(Row(headers, header: true));
        foreach (var row in rows) table.Append(Row(row, header: false));
        return Add(table);
    }

    public byte[] ToBytes(string title, bool landscape = false)
    {
        using var buffer = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            doc.PackageProperties.Title = title;
            doc.PackageProperties.Creator = "Passerelle";
            doc.PackageProperties.Language = "fr-FR";
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var size = landscape
                ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906, Height = 16838 };
            body.Append(new SectionProperties(size, new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return buffer.ToArray();
    }

    private WordDocument Add(OpenXmlElement element)
    {
        body.Append(element);
        return this;
    }

    private static Styles Styles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial" },
            new FontSize { Val = "22" },
            new Languages { Val = "fr-FR" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))));

    private static Paragraph Paragraph(string text, bool bold = false, int size = 22, string? before = null, bool keepNext = false, bool indent = false)
    {
        var run = new RunProperties();
        if (bold) run.Append(new Bold());
        run.Append(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        var paragraph = new Paragraph(new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        var props = new ParagraphProperties();
        if (keepNext) props.Append(new KeepNext());
        if (before is not null) props.Append(new SpacingBetweenLines { Before = before });
        if (indent) props.Append(new Indentation { Left = "360" });
        if (props.HasChildren) paragraph.PrependChild(props);
        return paragraph;
    }

    private static T Border<T>(T border) where T : BorderType
    {
        border.Val = BorderValues.Single;
        border.Size = 4;
        border.Color = "808080";
        return border;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool header)
    {
        var row = new TableRow();
        if (header) row.Append(new TableRowProperties(new TableHeader()));
        foreach (var text in cells) row.Append(new TableCell(Paragraph(text, bold: header, size: 18)));
        return row;
    }
}
