using Passerelle.Core.Conventions;
using static Passerelle.Core.Tracking.TrackingWording;

namespace Passerelle.Core.Tracking;

/// <summary>
/// The columns of the monthly tracking table (« tableau de suivi », 000 art. 3-4 b and art. 6, data convention annexe C;
/// 001 art. 5 and annexes 1-2; 002 art. 6), as data. A convention's table has the columns of <see cref="Standard"/> whose
/// data item its allow-list holds (<see cref="For"/>); any layout is checked by <see cref="Check"/> before a table is
/// written, so that a column the convention does not allow, or one of free text, never leaves.
/// </summary>
public static class TrackingLayout
{
    public static readonly IReadOnlyList<TrackingColumn> Standard =
    [
        new("identifiant_france_travail", "Identifiant France Travail", DataItems.FranceTravailId, l => l.Person.Identity?.FranceTravailId ?? ""),
        new("nom", "Nom", DataItems.Name, l => l.Person.Identity?.LastName ?? ""),
        new("prenom", "Prénom", DataItems.Name, l => l.Person.Identity?.FirstName ?? ""),
        new("date_naissance", "Date de naissance", DataItems.BirthDate, l => Date(l.Person.Identity?.BirthDate)),
        new("date_prescription", "Date de prescription", DataItems.Prescription, l => Date(l.Referral.Date)),
        new("prescripteur", "Partenaire prescripteur", DataItems.Prescription, l => l.Referral.PrescriberOrg ?? l.Referral.PrescriberKind),
        new("date_premier_accueil", "Date du premier accueil au PLIE", DataItems.FirstContact, l => Date(l.FirstContact?.Date)),
        new("absences_rdv", "Absence RDV (date de la convocation)", DataItems.Absence, l => List(l.Absences.Select(d => Date(d)))),
        new("date_refus", "Date du refus d'intégration", DataItems.Refusal, l => Date(l.Refusal?.Date)),
        new("motif_refus", "Motif de refus d'intégration", DataItems.Refusal, l => l.Refusal is { } r ? RefusalReasons[r.Reason] : ""),
        new("date_integration", "Date d'intégration", DataItems.Integration, l => Date(l.Integration?.Date)),
        new("debut_pni", "Début du code PNI", DataItems.Integration, l => Date(l.PniStart)),
        new("fin_pni", "Fin du code PNI", DataItems.Integration, l => Date(l.PniEnd)),
        new("etapes", "Étapes de parcours", DataItems.Steps, l => List(l.Steps.Select(Step))),
        new("date_sortie", "Date de sortie", DataItems.Exit, l => Date(l.Exit?.Date)),
        new("motif_sortie", "Nature et motif de sortie", DataItems.Exit, l => l.Exit is { } x ? ExitReasons[x.Reason] : ""),
        new("manquements", "Faits susceptibles de constituer un manquement", DataItems.Breach, l => List(l.Breaches.Select(Breach))),
        new("demandes", "Demandes de prestation, aide, mesure ou formation", DataItems.Requests, l => List(l.Requests.Select(Request))),
        new("realisations", "Réalisations et réponses de France Travail", DataItems.Requests, l => List(l.Answers.Select(Answer))),
    ];

    /// <summary>The standard columns the allow-list permits, in order.</summary>
    public static IReadOnlyList<TrackingColumn> For(IReadOnlyCollection<string> allowedItems) =>
        Check([.. Standard.Where(c => allowedItems.Contains(c.Item))], allowedItems);

    /// <summary>
    /// <paramref name="columns"/> when each carries a known, coded data item of the allow-list under a key of its own;
    /// otherwise a <see cref="TrackingLayoutException"/> listing every column refused.
    /// </summary>
    public static IReadOnlyList<TrackingColumn> Check(IReadOnlyList<TrackingColumn> columns, IReadOnlyCollection<string> allowedItems)
    {
        var problems = new List<string>();
        foreach (var c in columns)
        {
            if (DataItems.Find(c.Item) is not { } item) problems.Add($"« {c.Title} » : donnée inconnue « {c.Item} »");
            else if (item.Nature == DataNature.FreeText) problems.Add($"« {c.Title} » : texte libre, jamais transmis (000, convention de données, annexe)");
            else if (!allowedItems.Contains(c.Item)) problems.Add($"« {c.Title} » : « {item.Label} » n'est pas dans la liste des données de la convention");
        }
        foreach (var duplicate in columns.GroupBy(c => c.Key).Where(g => g.Count() > 1))
            problems.Add($"colonne « {duplicate.Key} » en double");
        return problems.Count == 0 ? columns : throw new TrackingLayoutException(problems);
    }

    /// <summary>The table of <paramref name="month"/> for the people referred by <paramref name="partnerCode"/>, ordered by name then birth date.</summary>
    public static TrackingTable Build(IEnumerable<TrackingPerson> people, string partnerCode, TrackingMonth month, IReadOnlyList<TrackingColumn> columns)
    {
        var lines = people.Select(p => TrackingLine.For(p, partnerCode, month)).OfType<TrackingLine>()
            .OrderBy(l => l.Person.Identity?.LastName, StringComparer.Ordinal)
            .ThenBy(l => l.Person.Identity?.FirstName, StringComparer.Ordinal)
            .ThenBy(l => l.Person.Identity?.BirthDate)
            .ThenBy(l => l.Person.Ref, StringComparer.Ordinal)
            .ToList();
        return new TrackingTable(columns, [.. lines.Select(l => (IReadOnlyList<string>)[.. columns.Select(c => c.Value(l))])], [.. lines.Select(l => l.Person.Id)]);
    }
}
