namespace Passerelle.Core.Reporting.Qualitative;

/// <summary>
/// A convention of the actor's PLIE the Bilan qualitatif of a year is answered for: a partnership convention with a France
/// Travail agency in force during the year; <see cref="Answered"/> questions of 8, and the answers given so far (the form).
/// </summary>
public sealed record QualitativeConvention(Guid Id, string Title, string Partner, DateOnly StartsOn, DateOnly EndsOn, int Answered,
    IReadOnlyDictionary<int, QualitativeInput> Answers)
{
    public bool Complete => Answered == QualitativeQuestions.All.Count;
}
