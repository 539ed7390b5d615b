namespace Passerelle.Core.Exits;

/// <summary>One criterion of 003 art. 5 applied to an exit's facts: met or not, with its explanation lines.</summary>
internal sealed record RuleOutcome(string Basis, bool Met, IReadOnlyList<ExitCheck> Checks);
