namespace Passerelle.Core.Journeys;

/// <summary>A fact that lasts: <see cref="JourneyEvent.Date"/> is its start, <see cref="End"/> is null while it runs.</summary>
public abstract class PeriodEvent : JourneyEvent
{
    public DateOnly? End { get; set; }
}
