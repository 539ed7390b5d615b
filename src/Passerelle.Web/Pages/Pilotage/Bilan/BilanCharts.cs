using Passerelle.Core.Journeys;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Pilotage.Bilan;

/// <summary>The charts beside the table of /Pilotage/Bilan, drawn from the same figures (the first table shown).</summary>
public static class BilanCharts
{
    public static BarChart Funnel(int year, BilanTable t) =>
        new("graphe-bilan-parcours", $"Orientations France Travail {year}, de l'orientation à la sortie – {t.Name}",
        [
            new("Orientés sur le flux (col. 1)", t.Figures.Col1),
            new("Présents en information collective France Travail (col. 2)", t.Figures.Col2),
            new("Accueillis en premier entretien (col. 3)", t.Figures.Col3),
            new("Entrés en phase diagnostic (col. 5)", t.Figures.Col5),
            new("Intégrés en accompagnement (col. 7)", t.Figures.Col7),
            new("Sorties (col. 10)", t.Figures.Col10),
            new("Sorties positives (col. 11)", t.Figures.Col11),
        ]);

    public static BarChart Reasons(int year, BilanTable t) =>
        new("graphe-bilan-motifs", $"Sorties {year} par motif (col. 13) – {t.Name}",
            [.. BilanColumns.ExitReasons.Where(t.Figures.Col13.ContainsKey)
                .Select(r => new ChartBar(Codes.Label(Codes.ExitReasons, r), t.Figures.Col13[r]))])
        { ShowPercent = true };
}
