using Passerelle.Core.Documents;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The answer of <see cref="ReferralListImport"/>: the report of a refused file (every problem by line and column), or
/// the counts by action — planned (preview) or done (imported) — with the lines to decide and their choices.
/// </summary>
public sealed record ReferralListOutcome
{
    public required ReferralListOutcomeKind Kind { get; init; }
    public IReadOnlyList<SheetError> Errors { get; init; } = [];
    public IReadOnlyList<string> IgnoredColumns { get; init; } = [];
    public int Lines { get; init; }
    public int Created { get; init; }
    public int Attached { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public int Skipped { get; init; }

    /// <summary>Lines with a suspected duplicate still without a (valid) choice.</summary>
    public int ToDecide { get; init; }

    /// <summary>Every line with a suspected duplicate, decided or not, in the order of the sheet.</summary>
    public IReadOnlyList<ReferralListLine> Suspected { get; init; } = [];

    /// <summary>Choices that could not be applied (a candidate no longer matching…), by line.</summary>
    public IReadOnlyList<SheetError> ChoiceProblems { get; init; } = [];

    public bool ChangesNothing => Created + Attached + Updated == 0;

    public static ReferralListOutcome Refused(IReadOnlyList<SheetError> errors, IReadOnlyList<string>? ignored = null) =>
        new() { Kind = ReferralListOutcomeKind.Refused, Errors = errors, IgnoredColumns = ignored ?? [] };
}
