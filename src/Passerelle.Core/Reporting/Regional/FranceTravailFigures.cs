using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Core.Reporting.Regional;

/// <summary>
/// The France Travail-side regional pilot indicators of a PLIE for a civil year (000 art. 7 and 002 art. 7, « Sources Pôle
/// emploi »), read from the journey facts:
/// <list type="bullet">
/// <item><see cref="Convoked"/>: people with an information collective fact of the year organised by France Travail or
/// jointly (present or absent) — « Nombre de DE convoqués aux informations collectives pour une orientation vers le PLIE »;</item>
/// <item><see cref="Present"/>: those of them present at least once — « Nombre de DE présents aux informations collectives »;</item>
/// <item><see cref="AttendanceRate"/>: present / convoked, null when nobody was convoked — « Taux de présence »;</item>
/// <item><see cref="ServicesDelivered"/>: requests to France Travail (trainings, aids, prestations, Codes.RequestKinds)
/// realised in the year, by their answer's date — « Nombre de services délivrés ».</item>
/// </list>
/// </summary>
public sealed record FranceTravailFigures(int Convoked, int Present, decimal? AttendanceRate, int ServicesDelivered)
{
    public static FranceTravailFigures Of(int convoked, int present, int services) =>
        new(convoked, present, BilanFigures.Rate(present, convoked), services);

    public static FranceTravailFigures Sum(IEnumerable<FranceTravailFigures> all)
    {
        var list = all.ToList();
        return Of(list.Sum(f => f.Convoked), list.Sum(f => f.Present), list.Sum(f => f.ServicesDelivered));
    }
}
