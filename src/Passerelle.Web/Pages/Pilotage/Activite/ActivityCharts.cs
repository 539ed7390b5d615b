using Passerelle.Core.Reporting;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Pilotage.Activite;

/// <summary>The chart beside each table of the activity report, from the same figures.</summary>
public static class ActivityCharts
{
    public static BarChart Public(ActivityFigures a) =>
        new("graphe-public", "Public intégré dans la période (part des personnes intégrées)",
            [
                new("Femmes", Share(a.Women, a.Integrated)),
                new("Niveau 3 (CAP, BEP) ou infra", Share(a.LowEducation, a.EducationKnown)),
                new("Allocataires du RSA à l'entrée", Share(a.RsaAtEntry, a.Integrated)),
            ])
        { Unit = "%" };

    public static BarChart Ages(ActivityFigures a) =>
        new("graphe-ages", "Âge à l'intégration", [.. a.AgeBands.Select(b => new ChartBar(b.Label, b.Count))]) { ShowPercent = true };

    public static BarChart Prescribers(IntakeFigures i) =>
        new("graphe-prescripteurs", "Orientations par prescripteur", [.. i.ByPrescriber.Select(r => new ChartBar(r.Label, r.Count))]) { ShowPercent = true };

    public static BarChart Steps(PathwayFigures f) =>
        new("graphe-etapes", "Étapes mobilisées, les plus utilisées d'abord", [.. f.StepsByKind.Select(r => new ChartBar(r.Label, r.Count))]) { ShowPercent = true };

    public static BarChart Sectors(ActivityFigures a) =>
        new("graphe-secteurs", "Secteurs souhaités, les plus fréquents d'abord", [.. a.Sectors.Select(r => new ChartBar(r.Label, r.People))]) { ShowPercent = true };

    public static BarChart Barriers(PathwayFigures f) =>
        new("graphe-freins", "Freins par famille", [.. f.BarriersByFamily.Select(r => new ChartBar(r.Label, r.Barriers))]) { ShowPercent = true };

    public static BarChart PositiveKinds(ActivityFigures a) =>
        new("graphe-sorties-positives", "Sorties positives par nature", [.. a.PositiveByKind.Select(r => new ChartBar(r.Label, r.Count))]) { ShowPercent = true };

    private static double Share(int n, int total) => total == 0 ? 0 : Math.Round(100.0 * n / total, 1);
}
