using Passerelle.Core.Journeys;

namespace Passerelle.Core.InfoSessions;

/// <summary>A person found when adding to a convocation list, with whether they can be added (<see cref="Obstacle"/> null) and why not.</summary>
public sealed record Candidate(PersonSummary Person, string? Obstacle);
