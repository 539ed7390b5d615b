namespace Passerelle.Core.Journeys;

/// <summary>
/// A fact that may breach the job seeker's obligations, noted on <see cref="JourneyEvent.Date"/>: « les faits susceptibles
/// de constituer des manquements aux obligations des demandeurs d'emploi feront l'objet d'une information auprès de Pôle
/// emploi » (seed 000 art. 6, 002 art. 6; 001 art. 5 and data annex 1). <see cref="Reason"/> is a code of
/// <see cref="Codes.BreachReasons"/>: the PLIE reports the fact, France Travail judges it.
/// </summary>
public class BreachEvent : JourneyEvent
{
    public override string Type => "breach";
    public required string Reason { get; set; }
}
