using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>
/// The answers to the 8 questions counted over some conventions: <see cref="Counts"/>[question - 1][answer] in the order of
/// <see cref="QualitativeQuestions.Answers"/>; <see cref="Percent"/> is each count over the answers to that question (a
/// fraction rounded to 4 decimals, null when nobody answered it) — the annex's « TOTAL EN % ».
/// </summary>
public sealed class QualitativeTally
{
    private readonly int[][] counts = [.. QualitativeQuestions.All.Select(_ => new int[QualitativeQuestions.Answers.Count])];

    public IReadOnlyList<IReadOnlyList<int>> Counts => counts;

    public void Add(int question, string answer)
    {
        var index = QualitativeQuestions.IndexOf(answer);
        if (question is >= 1 and <= 8 && index >= 0) counts[question - 1][index]++;
    }

    public void Add(QualitativeTally other)
    {
        for (var q = 0; q < counts.Length; q++)
            for (var a = 0; a < counts[q].Length; a++) counts[q][a] += other.counts[q][a];
    }

    public int Answered(int question) => counts[question - 1].Sum();

    public decimal? Percent(int question, int answer) => BilanFigures.Rate(counts[question - 1][answer], Answered(question));
}
