using Passerelle.Core.Documents;

namespace Passerelle.Core.Reporting;

/// <summary>
/// The activity report as a workbook (issue 6 items 4 and 6): one sheet per part of the report, in the page's order and
/// wording, coded labels only (no free text, no name), counts as numbers, shares as percentages.
/// </summary>
public static class ActivityWorkbook
{
    public static void Write(ActivityReport report, Stream output)
    {
        var f = report.Pathways;
        var a = report.Activity;
        var i = report.Intake;
        var title = $"Rapport d'activité du {f.Period.From:dd/MM/yyyy} au {f.Period.To:dd/MM/yyyy} (situations au {f.AsOf:dd/MM/yyyy})";
        var steps = f.StepsByKind.Sum(s => s.Count);
        var barriers = f.BarriersByFamily.Sum(b => b.Barriers);
        XlsxFigures.Write(output,
            new XlsxSheet("Public", ["Caractéristique", "Personnes", "Part"],
            [
                ["Personnes intégrées", a.Integrated, null],
                ["Femmes", a.Women, Share(a.Women, a.Integrated)],
                ["Niveau 3 (CAP, BEP) ou infra, parmi les niveaux connus", a.LowEducation, Share(a.LowEducation, a.EducationKnown)],
                ["Allocataires du RSA à l'entrée", a.RsaAtEntry, Share(a.RsaAtEntry, a.Integrated)],
                .. a.AgeBands.Select(b => (IReadOnlyList<object?>)[b.Label + " à l'intégration", b.Count, Share(b.Count, a.Integrated)]),
            ], title),
            new XlsxSheet("Prescripteurs", ["Prescripteur", "Orientations", "Part"],
                [.. i.ByPrescriber.Select(p => (IReadOnlyList<object?>)[p.Label, p.Count, Share(p.Count, i.Referrals)]), ["Total", i.Referrals, null]], title),
            new XlsxSheet("Accompagnement", ["Indicateur", "Valeur"],
            [
                ["Étapes de parcours mobilisées", steps],
                ["Personnes accompagnées", f.PeopleFollowed],
                ["Étapes par personne accompagnée", f.PeopleFollowed == 0 ? null : Math.Round((double)steps / f.PeopleFollowed, 1)],
                ["Durée moyenne des parcours sortis (mois)", (double?)f.Durations.AverageExited],
                ["Durée moyenne des parcours en sortie positive (mois)", (double?)f.Durations.AveragePositive],
                ["Contrats de travail signés (hors IAE)", a.Contracts],
                ["Personnes ayant signé un contrat (hors IAE)", a.ContractPeople],
                ["Contrats signés dans l'IAE", a.IaeContracts],
                ["Personnes ayant signé un contrat dans l'IAE", a.IaePeople],
            ], title),
            new XlsxSheet("Étapes", ["Étape", "Étapes", "Part"],
                [.. f.StepsByKind.Select(s => (IReadOnlyList<object?>)[s.Label, s.Count, Share(s.Count, steps)])], title),
            new XlsxSheet("Secteurs souhaités", ["Secteur (domaine professionnel ROME)", "Personnes", "Part"],
                [.. a.Sectors.Select(x => (IReadOnlyList<object?>)[x.Label, x.People, Share(x.People, a.Sectors.Sum(y => y.People))])], title),
            new XlsxSheet("Freins", ["Famille de freins", "Freins", "Part"],
                [.. f.BarriersByFamily.Select(b => (IReadOnlyList<object?>)[b.Label, b.Barriers, Share(b.Barriers, barriers)])], title),
            new XlsxSheet("Sorties", ["Indicateur", "Sorties", "Part"],
            [
                ["Sorties", f.Exits, null],
                ["Sorties positives", f.PositiveExits, Share(f.PositiveExits, f.Exits)],
                .. a.PositiveByKind.Select(k => (IReadOnlyList<object?>)["Sorties positives : " + k.Label.ToLowerInvariant(), k.Count, Share(k.Count, f.PositiveExits)]),
                ["Sorties à l'emploi après un CDI", a.CdiExits, Share(a.CdiExits, a.EmploymentExits)],
            ], title));
    }

    private static decimal? Share(int n, int total) => total == 0 ? null : Math.Round((decimal)n / total, 4, MidpointRounding.AwayFromZero);
}
