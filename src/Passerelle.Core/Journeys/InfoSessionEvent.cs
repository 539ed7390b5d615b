namespace Passerelle.Core.Journeys;

public class InfoSessionEvent : JourneyEvent
{
    public override string Type => "info_session";
    public required string Organiser { get; set; }
    public bool Attended { get; set; }
}
