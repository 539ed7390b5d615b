namespace Passerelle.Core.Exchange;

/// <summary>Contract §4.3: the exit's category, verdict, the rule that made it positive and the proof status.</summary>
public sealed record ExitComputedDto(string Category, bool Positive, string? Basis, string Proofs);
