using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Web.Pages.Pilotage.Regional;

/// <summary>
/// The PLIE-side columns the page shows, with a short heading (the full Annexe 1 title is in the legend and in the files):
/// every column of the Bilan quantitatif but the split of column 13, which the files carry.
/// </summary>
public static class RegionalColumns
{
    public static readonly IReadOnlyList<(BilanColumn Column, string Short)> Plie =
    [
        (BilanColumns.Col1, "Orientés sur le flux"),
        (BilanColumns.Col2, "Présents en IC"),
        (BilanColumns.Col3, "Accueillis"),
        (BilanColumns.Col4, "Taux de présence"),
        (BilanColumns.Col5, "Entrés en diagnostic"),
        (BilanColumns.Col6, "Taux diagnostic / accueillis"),
        (BilanColumns.Col7, "Intégrés"),
        (BilanColumns.Col8, "Taux intégrés / diagnostic"),
        (BilanColumns.Col9, "Taux intégrés / accueillis"),
        (BilanColumns.Col9Bis, "Taux intégrés / orientés"),
        (BilanColumns.Col10, "Sorties (orientations FT)"),
        (BilanColumns.Col11, "Sorties positives (orientations FT)"),
        (BilanColumns.Col12, "Taux de sorties positives (orientations FT)"),
        (BilanColumns.Col14, "Sorties du PLIE"),
        (BilanColumns.Col15, "Sorties positives du PLIE"),
        (BilanColumns.Col16, "Taux de sorties positives du PLIE"),
    ];
}
