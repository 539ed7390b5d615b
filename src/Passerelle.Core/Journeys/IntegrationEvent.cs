namespace Passerelle.Core.Journeys;

public class IntegrationEvent : JourneyEvent
{
    public override string Type => "integration";
    /// <summary>E-mail of the referent user, as in the interchange format.</summary>
    public string? Referent { get; set; }
}
