using System.Text.Json.Serialization;

namespace Passerelle.Core.Exchange;

/// <summary>
/// Contract §4.3: the exit's category, verdict, the rule that made it positive and the proof status.
/// <see cref="Basis"/> is written even when null: the contract gives <c>"basis": null</c> for an exit that is not positive.
/// </summary>
public sealed record ExitComputedDto(
    string Category,
    bool Positive,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Basis,
    string Proofs);
