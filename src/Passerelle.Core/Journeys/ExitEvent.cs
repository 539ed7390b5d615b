namespace Passerelle.Core.Journeys;

public class ExitEvent : JourneyEvent
{
    public override string Type => "exit";
    public required string Reason { get; set; }
    /// <summary>Proofs received, as contract codes.</summary>
    public List<string> Proofs { get; set; } = [];
    /// <summary>The commission's decision on an atypical exit (null: not asked).</summary>
    public bool? AtypicalApproved { get; set; }
}
