namespace Passerelle.Core.Journeys;

/// <summary>
/// A request to France Travail (aid, service, training) made on <see cref="JourneyEvent.Date"/>, followed until
/// realised or refused: seed 000 art. 6 asks a yearly « état des demandes adressées à Pôle emploi et des
/// réalisations effectives ».
/// </summary>
public class RequestEvent : JourneyEvent
{
    public override string Type => "request";
    public required string Kind { get; set; }
    /// <summary><c>realised</c> or <c>refused</c>; null while waiting for France Travail's answer.</summary>
    public string? Outcome { get; set; }
    public DateOnly? OutcomeDate { get; set; }
}
