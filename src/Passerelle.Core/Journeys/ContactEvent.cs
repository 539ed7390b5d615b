namespace Passerelle.Core.Journeys;

public class ContactEvent : JourneyEvent
{
    public override string Type => "contact";
    public required string Mode { get; set; }
}
