namespace Passerelle.Core.Journeys;

/// <summary>
/// A dated fact of a person's journey (contract §4.1). Every kind is a subclass stored in one table
/// (`journey_events`, discriminated by <c>type</c>): rules and reports read facts, nothing is counted twice.
/// <see cref="Date"/> is the event's date, or its start for periods (steps, contracts, trainings, suspensions).
/// </summary>
public abstract class JourneyEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>Position in the person's journey, as recorded (the interchange order).</summary>
    public int Seq { get; set; }
    public DateOnly Date { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The contract §4.1 code of this kind of event.</summary>
    public abstract string Type { get; }
}
