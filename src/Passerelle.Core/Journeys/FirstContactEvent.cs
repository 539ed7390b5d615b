namespace Passerelle.Core.Journeys;

public class FirstContactEvent : JourneyEvent
{
    public override string Type => "first_contact";
    public required string Mode { get; set; }
    public bool Attended { get; set; }
}
