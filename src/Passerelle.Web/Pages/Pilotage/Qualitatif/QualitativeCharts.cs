using Passerelle.Core.Reporting.Qualitative;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Pilotage.Qualitatif;

/// <summary>The chart beside each table of /Pilotage/Qualitatif: for each question, the shares of the three answers (the « TOTAL EN % »).</summary>
public static class QualitativeCharts
{
    public static StackedBarChart Shares(string id, string title, QualitativeTally tally) =>
        new(id, title, [.. QualitativeQuestions.Answers.Select(a => a.Label)],
            [.. QualitativeQuestions.All.Where(q => tally.Answered(q.Number) > 0)
                .Select(q => new ChartStack($"Question {q.Number}", [.. tally.Counts[q.Number - 1].Select(c => (double)c)]))])
        { Shares = true };
}
