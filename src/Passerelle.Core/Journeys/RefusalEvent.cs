namespace Passerelle.Core.Journeys;

public class RefusalEvent : JourneyEvent
{
    public override string Type => "refusal";
    public required string Reason { get; set; }
    public string? Reorientation { get; set; }
}
