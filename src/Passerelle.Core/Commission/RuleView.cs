namespace Passerelle.Core.Commission;

/// <summary>
/// One protocol rule as a referent reads it: the evaluator's outcome (<see cref="Passed"/>, null when it needs a human
/// judgement) and, for such a rule, the latest <see cref="Review"/> a referent recorded (and the reviewer's display name).
/// </summary>
public sealed record RuleView(string Id, string Label, string Source, bool Mandatory, bool? Passed, string Detail, EligibilityReview? Review, string? ReviewerName = null)
{
    /// <summary>The rule needs a referent's judgement (contract §5 <c>toConfirm</c>).</summary>
    public bool Judged => Passed is null;

    /// <summary>The outcome once the referent's judgement is taken into account.</summary>
    public bool? Outcome => Passed ?? Review?.Met;
}
