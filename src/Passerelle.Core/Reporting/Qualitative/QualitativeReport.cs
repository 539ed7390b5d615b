namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>A PLIE's answers counted over its conventions answered for the year.</summary>
public sealed record QualitativePlie(string Code, string Name, int Conventions, QualitativeTally Tally);

/// <summary>A group of PLIE (a department, as the annex: « Les PLIE dans le 13 ») with its « TOTAL EN % ».</summary>
public sealed record QualitativeGroup(string Code, string Name, IReadOnlyList<QualitativePlie> Plies, QualitativeTally Total);

/// <summary>One answer of a convention with its argued comment (shown on the page and its printed view, never in a file).</summary>
public sealed record QualitativeArgument(int Question, string Answer, string? Comment);

/// <summary>A convention's answers: « Bilan qualitatif par convention / argumentation » (000 Annexe 2).</summary>
public sealed record QualitativeConventionAnswers(string Plie, string PlieName, string Partner, string Title, IReadOnlyList<QualitativeArgument> Answers);

/// <summary>
/// The Bilan qualitatif (seed 000 Annexe 2) of the PLIE the actor reads for a year: per department, each PLIE's answers and
/// the group's « TOTAL EN % », then the total of all (« TOTAL Région »), and the answers of each convention with their comment.
/// </summary>
public sealed record QualitativeReport(int Year, IReadOnlyList<QualitativeGroup> Groups, QualitativeTally Total, IReadOnlyList<QualitativeConventionAnswers> Conventions)
{
    public bool IsEmpty => Conventions.Count == 0;
}
