using Passerelle.Core.Documents;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Reporting.Regional;

namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>
/// The Bilan qualitatif as files, like the annex (000 Annexe 2): XLSX with one sheet per department (« Les PLIE dans le 13 »)
/// whose rows are the 8 questions and whose columns are each PLIE's answers (« tout à fait », « moyen », « pas du tout »:
/// how many of its conventions gave it) then the group's « TOTAL EN % », and a last sheet « Total région »; CSV with one line
/// per PLIE or total and question. Coded values only: PLIE and department codes, counts and fractions — the argued comments
/// (free text) never leave in a file, they are on the page and its printed view.
/// </summary>
public static class QualitativeFiles
{
    public const string TotalLabel = "TOTAL EN %";

    public static void WriteXlsx(QualitativeReport report, Stream output)
    {
        var sheets = report.Groups.Select(g => new XlsxSheet(g.Code.Length == 0 ? "Sans département" : $"PLIE dans le {g.Code}",
            ["N°", "Questions", .. g.Plies.SelectMany(p => Answers(p.Code)), .. Answers(TotalLabel)],
            QualitativeQuestions.All.Select(q => (IReadOnlyList<object?>)[q.Number, q.Text,
                .. g.Plies.SelectMany(p => p.Tally.Counts[q.Number - 1].Select(c => (object?)c)), .. Percents(g.Total, q.Number)]),
            $"Bilan qualitatif {report.Year} – {(g.Code.Length == 0 ? "PLIE sans département renseigné" : $"les PLIE dans le {g.Code}")}")).ToList();
        sheets.Add(new XlsxSheet("Total région",
            ["N°", "Questions", .. report.Groups.SelectMany(g => Answers($"{TotalLabel} {g.Code}")), .. Answers($"TOTAL Région – {TotalLabel}")],
            QualitativeQuestions.All.Select(q => (IReadOnlyList<object?>)[q.Number, q.Text,
                .. report.Groups.SelectMany(g => Percents(g.Total, q.Number)), .. Percents(report.Total, q.Number)]),
            $"Bilan qualitatif {report.Year} – total"));
        XlsxFigures.Write(output, sheets);
    }

    public static async Task WriteCsvAsync(QualitativeReport report, Stream output, CancellationToken ct = default)
    {
        await using var writer = new StreamWriter(output, CsvCells.Encoding, 1 << 14, leaveOpen: true);
        string[] answers = [.. QualitativeQuestions.Answers.Select(a => a.Label)];
        await writer.WriteAsync(CsvCells.Line(["Année", "Département", "PLIE", "Question", .. answers.Select(a => $"{a} (nombre)"),
            .. answers.Select(a => $"{a} (%)")]).AsMemory(), ct);
        async Task LineAsync(string department, string plie, QualitativeTally tally)
        {
            foreach (var q in QualitativeQuestions.All)
                await writer.WriteAsync(CsvCells.Line([RegionalFiles.Text(report.Year), department, plie, RegionalFiles.Text(q.Number),
                    .. tally.Counts[q.Number - 1].Select(c => RegionalFiles.Text(c)), .. Percents(tally, q.Number).Select(RegionalFiles.Text)]).AsMemory(), ct);
        }
        foreach (var g in report.Groups)
        {
            foreach (var p in g.Plies) await LineAsync(g.Code, p.Code, p.Tally);
            await LineAsync(g.Code, TotalLabel, g.Total);
        }
        await LineAsync("", "TOTAL Région", report.Total);
    }

    private static IEnumerable<string> Answers(string scope) => QualitativeQuestions.Answers.Select(a => $"{scope} – {a.Label}");

    private static IEnumerable<object?> Percents(QualitativeTally tally, int question) =>
        Enumerable.Range(0, QualitativeQuestions.Answers.Count).Select(a => (object?)tally.Percent(question, a));
}
