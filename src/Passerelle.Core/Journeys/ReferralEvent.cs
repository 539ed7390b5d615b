namespace Passerelle.Core.Journeys;

public class ReferralEvent : JourneyEvent
{
    public override string Type => "referral";
    public required string PrescriberKind { get; set; }
    public string? PrescriberOrg { get; set; }
    public required string Channel { get; set; }
}
