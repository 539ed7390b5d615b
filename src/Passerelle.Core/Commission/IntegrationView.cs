using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;
using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>
/// A person's current integration: the facts (with the confirmed PNI start), the integration file (contract signature,
/// PNI dates), the referent's name, the protocol's pathway rules and the pathway's alerts. <see cref="Facts"/> has no
/// integration when the person was never integrated.
/// </summary>
public sealed record IntegrationView(
    Person Person,
    PathwayFacts Facts,
    IntegrationFile? File,
    string? ReferentName,
    PathwayRules? Pathway,
    IReadOnlyList<PathwayAlert> Alerts)
{
    /// <summary>End of the PNI delegation: its start (<see cref="PathwayFacts.PniStart"/>) + the protocol's months.</summary>
    public DateOnly? PniEnd => Facts.PniStart is { } start && Pathway?.PniMonths is { } months ? start.AddMonths(months) : null;
}
