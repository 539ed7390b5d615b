using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Passerelle.Tests.Commission;

/// <summary>A generated Word file read back with the OpenXML SDK (and validated against the schema): its paragraphs and its tables' rows.</summary>
public sealed class Docx
{
    private Docx(IReadOnlyList<string> paragraphs, IReadOnlyList<IReadOnlyList<string>> rows, string title)
    {
        Paragraphs = paragraphs;
        Rows = rows;
        Title = title;
    }

    public IReadOnlyList<string> Paragraphs { get; }
    public IReadOnlyList<IReadOnlyList<string>> Rows { get; }
    public string Title { get; }
    public string Text => string.Join("\n", Paragraphs);

    public static Docx Read(byte[] content)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(content), false);
        // Word refuses a file the schema does not allow: every document read back must be valid.
        Assert.Empty(new OpenXmlValidator().Validate(doc).Select(e => e.Description));
        var body = doc.MainDocumentPart!.Document!.Body!;
        return new Docx(
            [.. body.Descendants<Paragraph>().Select(p => p.InnerText)],
            [.. body.Descendants<TableRow>().Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])],
            doc.PackageProperties.Title ?? "");
    }

    /// <summary>The row whose first cell is <paramref name="first"/> (a PLIE reference).</summary>
    public IReadOnlyList<string> Row(string first) => Rows.Single(r => r.Count > 0 && r[0] == first);
}
