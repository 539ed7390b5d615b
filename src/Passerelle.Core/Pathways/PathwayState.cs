using Passerelle.Core.Exits;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Pathways;

/// <summary>
/// A person's pathway as their file shows it on a day: the facts, the protocol's pathway rules in force (null when the
/// PLIE has no protocol: then no alert nor follow-up is computed), the alerts the caseload shows for them, the
/// employment follow-up, the verdict of each exit and the referent on any day.
/// </summary>
public sealed record PathwayState(
    PathwayFacts Facts,
    PathwayRules? Rules,
    IReadOnlyList<PathwayAlert> Alerts,
    FollowUpPeriod? FollowUp,
    IReadOnlyDictionary<Guid, ExitVerdict> Verdicts,
    ReferentHistory Referents);
