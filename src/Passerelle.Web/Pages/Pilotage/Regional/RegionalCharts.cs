using Passerelle.Core.Reporting.Regional;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Pilotage.Regional;

/// <summary>The charts beside the two tables of /Pilotage/Regional, one bar per PLIE, drawn from the same figures.</summary>
public static class RegionalCharts
{
    public static StackedBarChart Exits(RegionalReport r) =>
        new("graphe-regional-sorties", $"Sorties {r.Year} de chaque PLIE (col. 14), positives (col. 15) et autres",
            ["Sorties positives", "Autres sorties"],
            [.. r.Plies.Select(l => new ChartStack(l.Name, [l.PlieSide.Col15, l.PlieSide.Col14 - l.PlieSide.Col15]))]);

    public static StackedBarChart Attendance(RegionalReport r) =>
        new("graphe-regional-ic", $"Convoqués {r.Year} aux informations collectives France Travail ou conjointes : présents et absents",
            ["Présents", "Absents"],
            [.. r.Plies.Select(l => new ChartStack(l.Name, [l.FranceTravail.Present, l.FranceTravail.Convoked - l.FranceTravail.Present]))]);
}
