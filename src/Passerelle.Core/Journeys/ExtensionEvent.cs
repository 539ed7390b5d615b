namespace Passerelle.Core.Journeys;

/// <summary>
/// The commission extends the pathway beyond the protocol's maximum by <see cref="Months"/> months, on
/// <see cref="JourneyEvent.Date"/> (the session's date): Martigues « une période supplémentaire de 6 mois possible
/// après validation de la commission d'intégration et de suivi des parcours » (002 art. 3-3); CASA « la durée du
/// parcours peut être augmentée de façon exceptionnelle en fonction de la situation de la personne » (000 art. 3-3).
/// The pathway's maximum moves by the months granted (Pathways/PathwayAlerts).
/// </summary>
public class ExtensionEvent : JourneyEvent
{
    public override string Type => "extension";
    public int Months { get; set; }
}
