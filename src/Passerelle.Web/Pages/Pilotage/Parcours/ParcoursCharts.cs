using Passerelle.Core.Reporting;
using Passerelle.Web.Charts;

namespace Passerelle.Web.Pages.Pilotage.Parcours;

/// <summary>The chart beside each table of /Pilotage/Parcours, from the same figures.</summary>
public static class ParcoursCharts
{
    public static readonly string[] BarrierStates = ["Levé", "En cours de travail", "À travailler"];
    public static readonly string[] RequestStates = ["Réalisée", "Refusée", "En attente"];
    public static readonly string[] ProofStates = ["Justificatifs complets", "Justificatifs manquants"];

    public static StackedBarChart Durations(PathwayFigures f) =>
        new("graphe-durees", "Durée des parcours, par tranche",
            [.. f.Durations.Bands.Select(b => b.Label)],
            [
                new("Sorties de la période", [.. f.Durations.Bands.Select(b => (double)b.Exited)]),
                new($"En cours au {FrenchDates.Format(f.AsOf)}", [.. f.Durations.Bands.Select(b => (double)b.Running)]),
            ])
        { Shares = true };

    public static BarChart Steps(PathwayFigures f) =>
        new("graphe-etapes", "Étapes commencées dans la période, par nature",
            [.. f.StepsByKind.Select(r => new ChartBar(r.Label, r.Count))])
        { ShowPercent = true };

    public static StackedBarChart Barriers(PathwayFigures f) =>
        new("graphe-freins", "Freins par famille, selon leur état à la fin de la période", BarrierStates,
            [.. f.BarriersByFamily.Select(r => new ChartStack(r.Label, [r.Lifted, r.Worked, r.Waiting]))]);

    public static StackedBarChart Categories(PathwayFigures f) =>
        new("graphe-types-sortie", "Sorties de la période par type",
            [.. f.ExitsByCategory.Select(r => r.Label)],
            f.Exits == 0 ? [] : [new ChartStack("Sorties", [.. f.ExitsByCategory.Select(r => (double)r.Count)])])
        { Shares = true };

    public static BarChart Reasons(PathwayFigures f) =>
        new("graphe-motifs-sortie", "Sorties de la période par motif",
            [.. f.ExitsByReason.Select(r => new ChartBar(r.Label, r.Count))])
        { ShowPercent = true };

    public static StackedBarChart Proofs(PathwayFigures f) =>
        new("graphe-justificatifs", "Justificatifs des sorties positives de la période", ProofStates,
            f.PositiveExits == 0 ? [] : [new ChartStack("Sorties positives", [f.Proofs.Complete, f.Proofs.Missing])])
        { Shares = true };

    public static StackedBarChart Requests(PathwayFigures f) =>
        new("graphe-demandes", "Demandes à France Travail de la période, par nature et suite donnée", RequestStates,
            [.. f.Requests.Select(r => new ChartStack(r.Label, [r.Realised, r.Refused, r.Waiting]))]);

    public static BarChart Referents(PathwayFigures f, Func<string?, string> name) =>
        new("graphe-referents", $"Parcours en cours au {FrenchDates.Format(f.AsOf)}, par référent",
            [.. f.ByReferent.Select(r => new ChartBar(name(r.Referent), r.Running))]);

    public static BarChart Prescribers(IntakeFigures f) =>
        new("graphe-prescripteurs", "Orientations de la période par prescripteur",
            [.. f.ByPrescriber.Select(r => new ChartBar(r.Label, r.Count))])
        { ShowPercent = true };

    public static BarChart Agencies(IntakeFigures f) =>
        new("graphe-agences", "Orientations de France Travail de la période par agence",
            [.. f.ByAgency.Select(r => new ChartBar(r.Label, r.Count))])
        { ShowPercent = true };

    public static BarChart Outcomes(IntakeFigures f) =>
        new("graphe-suites", "Orientations de la période selon leur suite",
            [.. f.Outcomes.Select(r => new ChartBar(r.Label, r.Count))])
        { ShowPercent = true };

    public static BarChart Delays(IntakeFigures f) =>
        new("graphe-delais", "Délai médian entre les étapes, en jours",
            [.. f.Delays.Where(d => d.MedianDays is not null).Select(d => new ChartBar(d.Label, (double)d.MedianDays!.Value))])
        { Unit = "j" };

    public static StackedBarChart Absences(IntakeFigures f) =>
        new("graphe-absences", "Présences et absences aux convocations de la période", ["Présent·e", "Absent·e"],
            [.. f.Absences.Where(a => a.Expected > 0).Select(a => new ChartStack(a.Label, [a.Expected - a.Absent, a.Absent]))]);
}
