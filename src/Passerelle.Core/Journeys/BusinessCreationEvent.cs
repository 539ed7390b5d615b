namespace Passerelle.Core.Journeys;

public class BusinessCreationEvent : JourneyEvent
{
    public override string Type => "business_creation";
}
