using System.Text.Json.Serialization;

namespace Passerelle.Core.Exchange;

/// <summary>The journey interchange format, version 1 (contract §4).</summary>
public sealed record JourneyFile
{
    public const string FormatName = "passerelle-journeys";

    [JsonPropertyOrder(0)] public string Format { get; init; } = FormatName;
    [JsonPropertyOrder(1)] public int Version { get; init; } = 1;
    [JsonPropertyOrder(2)] public required string Plie { get; init; }
    [JsonPropertyOrder(3)] public required IReadOnlyList<JourneyPersonDto> Persons { get; init; }
}
