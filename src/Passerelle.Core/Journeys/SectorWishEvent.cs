namespace Passerelle.Core.Journeys;

/// <summary>
/// A sector of activity the person wishes to work in, validated by the referent on <see cref="JourneyEvent.Date"/>
/// (at the diagnostic or during the pathway): « Les souhaits de secteurs d'activité les plus souvent exprimés par les
/// participants et validés par les référentes sont : le nettoyage de locaux, les services à la personne, la vente, la
/// mise en rayon et l'entretien des espaces verts » (seed 003, activity report). <see cref="Sector"/> is a code of
/// <see cref="Codes.Sectors"/> (the ROME's grands domaines). A later wish replaces the earlier one. Kept by the PLIE:
/// no convention lists it among the data sent to France Travail.
/// </summary>
public class SectorWishEvent : JourneyEvent
{
    public override string Type => "sector_wish";
    public required string Sector { get; set; }
}
