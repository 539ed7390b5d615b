namespace Passerelle.Core.Journeys;

/// <summary>
/// The person did not come to a convocation of the PLIE dated <see cref="JourneyEvent.Date"/> (the convocation's date):
/// « pour les absences à convocation, le PLIE informera Pôle emploi de la date de l'absence » (seed 000 art. 3-4 b) and
/// « Données liées à l'absence aux rendez-vous » (000 data convention, annexe C). <see cref="Kind"/> is a code of
/// <see cref="Codes.AbsenceKinds"/>. Absences at a first contact or an information collective are those facts' own
/// <c>attended: false</c>; this one is for the appointments of the pathway.
/// </summary>
public class AbsenceEvent : JourneyEvent
{
    public override string Type => "absence";
    public required string Kind { get; set; }
}
