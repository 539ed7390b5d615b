using Passerelle.Core.Documents;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Commission;

/// <summary>
/// The minutes of a session, for France Travail (« le tableau des entrées et sorties est transmis », 001 art. 2-4 a;
/// « procès-verbaux … les motifs y sont précisés », 002 art. 3-4 b): the entries with their date and the end of the PNI
/// delegation (« date d'intégration et de fin de parcours selon l'attribution du code PNI délivré pour une durée de
/// 24 mois », 000 data annex C), the refusals and re-orientations with their codes, the extensions of pathways (002
/// art. 3-3) and the atypical exits (003 art. 5) decided, the adjourned files. Identification
/// data and coded values only (000 data annex C): no free text. Only the people of this session appear.
/// </summary>
internal static class MinutesDocument
{
    public static byte[] Build(string plieName, string sessionLabel, Agenda agenda, int? pniMonths, IReadOnlyDictionary<string, string> referentNames)
    {
        var date = CommissionText.Date(agenda.Session.Date);
        var decided = agenda.Lines.Where(l => l.Item.Decision is not null).ToList();
        var entries = decided.Where(l => l.Item.Decision == CommissionCodes.Integrate).ToList();
        var refusals = decided.Where(l => l.Item.Decision is CommissionCodes.Refuse or CommissionCodes.Reorient).ToList();
        var adjourned = decided.Where(l => l.Item.Decision == CommissionCodes.Adjourn).ToList();
        var extensions = decided.Where(l => l.Item.Kind == CommissionCodes.Extension && l.Item.Decision != CommissionCodes.Adjourn).ToList();
        var atypical = decided.Where(l => l.Item.Kind == CommissionCodes.AtypicalExit && l.Item.Decision != CommissionCodes.Adjourn).ToList();
        var doc = new WordDocument()
            .Title($"Procès-verbal – {sessionLabel} du {date}")
            .Text(plieName, bold: true)
            .Text($"{agenda.Lines.Count} dossier{Plural(agenda.Lines.Count)} à l'ordre du jour : {entries.Count} intégration{Plural(entries.Count)}, "
                + $"{refusals.Count} refus ou réorientation{Plural(refusals.Count)}, "
                + (extensions.Count > 0 ? $"{extensions.Count} demande{Plural(extensions.Count)} de prolongation, " : "")
                + (atypical.Count > 0 ? $"{atypical.Count} sortie{Plural(atypical.Count)} atypique{Plural(atypical.Count)}, " : "")
                + $"{adjourned.Count} ajournement{Plural(adjourned.Count)}"
                + (agenda.Lines.Count > decided.Count ? $", {agenda.Lines.Count - decided.Count} sans décision." : "."))
            .Text("Document destiné à France Travail : données d'identification et valeurs codées uniquement (convention d'échange de données, annexe).", size: 18);

        doc.Heading("Entrées dans le PLIE (intégrations)");
        if (entries.Count == 0) doc.Text("Aucune intégration.");
        else doc.Table(
            ["Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Date d'intégration", pniMonths is { } m ? $"Fin du code PNI ({m} mois)" : "Fin du code PNI", "Référent·e"],
            entries.Select(l => (IReadOnlyList<string>)[
                l.Ref, l.FranceTravailId ?? "", l.LastName ?? "", l.FirstName ?? "", Date(l.BirthDate), date,
                pniMonths is { } months ? CommissionText.Date(agenda.Session.Date.AddMonths(months)) : "",
                l.Item.Referent is { } r ? referentNames.GetValueOrDefault(r, r) : ""]));

        doc.Heading("Refus d'intégration et réorientations");
        if (refusals.Count == 0) doc.Text("Aucun refus.");
        else doc.Table(
            ["Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Décision", "Motif (code)", "Motif", "Réorientation (code)", "Réorientation"],
            refusals.Select(l => (IReadOnlyList<string>)[
                l.Ref, l.FranceTravailId ?? "", l.LastName ?? "", l.FirstName ?? "", Date(l.BirthDate),
                l.Item.Decision!, l.Item.Reason ?? "", Codes.Label(Codes.RefusalReasons, l.Item.Reason),
                l.Item.Reorientation ?? "", CommissionCodes.Label(CommissionCodes.Reorientations, l.Item.Reorientation)]));

        if (extensions.Count > 0)
        {
            doc.Heading("Prolongations de parcours");
            doc.Table(["Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Décision (code)", "Décision", "Durée accordée (mois)"],
                extensions.Select(l => (IReadOnlyList<string>)[
                    l.Ref, l.FranceTravailId ?? "", l.LastName ?? "", l.FirstName ?? "", Date(l.BirthDate),
                    l.Item.Decision!, CommissionCodes.DecisionLabel(l.Item.Kind, l.Item.Decision), l.Item.Months?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""]));
        }
        if (atypical.Count > 0)
        {
            doc.Heading("Sorties atypiques");
            doc.Table(["Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Décision (code)", "Décision"],
                atypical.Select(l => (IReadOnlyList<string>)[
                    l.Ref, l.FranceTravailId ?? "", l.LastName ?? "", l.FirstName ?? "", Date(l.BirthDate),
                    l.Item.Decision!, CommissionCodes.DecisionLabel(l.Item.Kind, l.Item.Decision)]));
        }

        doc.Heading("Dossiers ajournés");
        if (adjourned.Count == 0) doc.Text("Aucun dossier ajourné.");
        else doc.Table(["Réf. PLIE", "Identifiant France Travail", "Nom", "Prénom", "Date de naissance", "Objet"],
            adjourned.Select(l => (IReadOnlyList<string>)[l.Ref, l.FranceTravailId ?? "", l.LastName ?? "", l.FirstName ?? "", Date(l.BirthDate),
                CommissionCodes.Label(CommissionCodes.ItemKinds, l.Item.Kind)]));

        doc.Blank().Text($"Codes de motif (annexe « données échangées ») : {string.Join(" ; ", Codes.RefusalReasons.Select(r => $"{r.Key} = {r.Value}"))}.", size: 16);
        return doc.ToBytes($"Procès-verbal – {sessionLabel} du {date}", landscape: true);
    }

    private static string Date(DateOnly? date) => date is { } d ? CommissionText.Date(d) : "";

    private static string Plural(int n) => n > 1 ? "s" : "";
}
