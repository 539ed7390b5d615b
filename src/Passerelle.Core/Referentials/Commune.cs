namespace Passerelle.Core.Referentials;

/// <summary>
/// A current French commune (INSEE "commune actuelle"), from data/communes.json.
/// <see cref="EptCode"/> is set only in the Métropole du Grand Paris, whose communes belong to both the
/// Métropole (their EPCI) and one établissement public territorial.
/// </summary>
public sealed record Commune(
    string Insee,
    string Name,
    string Department,
    string Region,
    string? EpciCode,
    string? EptCode);
