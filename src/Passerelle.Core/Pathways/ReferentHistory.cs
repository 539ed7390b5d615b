using Passerelle.Core.Journeys;

namespace Passerelle.Core.Pathways;

/// <summary>
/// Who was a person's referent on a given day: the one named by the integration, then by each referent change of
/// that pathway from its date on, until the exit (the same reading as <see cref="PathwayFacts.Referent"/>, for any
/// day). Outside a pathway (before the integration, after the exit) there is none.
/// </summary>
public sealed class ReferentHistory
{
    private readonly List<(DateOnly From, DateOnly? To, string? Referent)> spans;

    private ReferentHistory(List<(DateOnly, DateOnly?, string?)> spans) => this.spans = spans;

    /// <param name="events">The person's facts, in any order.</param>
    public static ReferentHistory From(IEnumerable<JourneyEvent> events)
    {
        var spans = new List<(DateOnly From, DateOnly? To, string? Referent)>();
        var open = false;
        foreach (var e in events.OrderBy(e => e.Date).ThenBy(e => e.Seq))
        {
            switch (e)
            {
                case IntegrationEvent i:
                    spans.Add((i.Date, null, i.Referent));
                    open = true;
                    break;
                case ReferentChangeEvent c when open:
                    spans[^1] = (spans[^1].From, c.Date.AddDays(-1), spans[^1].Referent);
                    spans.Add((c.Date, null, c.Referent));
                    break;
                case ExitEvent x when open:
                    spans[^1] = (spans[^1].From, x.Date, spans[^1].Referent);
                    open = false;
                    break;
            }
        }
        return new ReferentHistory(spans);
    }

    /// <summary>The referent's e-mail on <paramref name="day"/>, or null (no pathway running, or nobody named).</summary>
    public string? On(DateOnly day)
    {
        for (var i = spans.Count - 1; i >= 0; i--)
        {
            var (from, to, referent) = spans[i];
            if (from <= day) return to is { } end && day > end ? null : referent;
        }
        return null;
    }
}
