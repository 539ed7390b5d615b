using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;

namespace Passerelle.Core.Reporting;

/// <summary>
/// One pathway of a person, from their facts: its integration, the exit that closed it (null while it runs), its
/// referent (<see cref="PathwayFacts.Referent"/>) and its facts — those recorded after the previous exit up to this
/// one, as <c>Exits/ExitScope</c> reads a pathway (barriers and requests of the diagnostic belong to the pathway that
/// follows it). A person back after an administrative exit (003 art. 3) has several.
/// </summary>
internal sealed record PathwaySpan(Guid PersonId, IntegrationEvent Integration, ExitEvent? Exit, string? Referent, IReadOnlyList<JourneyEvent> Facts)
{
    /// <summary>The pathways of one person, from their facts (any order).</summary>
    public static IEnumerable<PathwaySpan> Of(IEnumerable<JourneyEvent> events)
    {
        var ordered = events.OrderBy(e => e.Date).ThenBy(e => e.Seq).ToList();
        var start = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i] is not ExitEvent exit) continue;
            // PathwayFacts on the facts up to this exit names the pathway it closes; an exit with no integration since
            // the previous one closes nothing (the import refuses it; kept out of the figures).
            var facts = PathwayFacts.From(ordered.Take(i + 1));
            if (facts.Exit == exit && facts.Integration is { } integration && ordered.IndexOf(integration) >= start)
                yield return new PathwaySpan(exit.PersonId, integration, exit, facts.Referent, ordered[start..(i + 1)]);
            start = i + 1;
        }
        var current = PathwayFacts.From(ordered);
        if (current.InPathway && ordered.IndexOf(current.Integration!) >= start)
            yield return new PathwaySpan(current.Integration!.PersonId, current.Integration!, null, current.Referent, ordered[start..]);
    }

    /// <summary>Whether the pathway runs on some day of the period.</summary>
    public bool Overlaps(ReportPeriod period) => Integration.Date <= period.To && (Exit is null || Exit.Date >= period.From);
}
