using Passerelle.Core.Exchange;

namespace Passerelle.Core.Exits;

/// <summary>
/// What <see cref="PositiveExitRules"/> concludes about one exit (contract §4.3): its category, whether it counts
/// positive, the rule that made it positive, the proof status (<see cref="MissingProofs"/> says which are lacking, so
/// they can be chased), and every criterion checked, in order.
/// </summary>
public sealed record ExitVerdict(
    string Category,
    bool Positive,
    string? Basis,
    string Proofs,
    IReadOnlyList<string> MissingProofs,
    IReadOnlyList<ExitCheck> Checks)
{
    /// <summary>The checks as French text, one per line.</summary>
    public string Explanation => string.Join("\n", Checks.Select(c => c.Text));

    public ExitComputedDto ToComputed() => new(Category, Positive, Basis, Proofs);
}
