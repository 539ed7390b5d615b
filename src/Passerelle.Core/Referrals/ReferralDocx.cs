using System.Globalization;
using Passerelle.Core.Documents;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Referrals;

/// <summary>
/// A filled fiche de liaison as a Word document (the partners exchange a Word template: 001 annex 1 C, "Fiche
/// d'orientation vers le PLIE.dotx"): each field with its French wording, its value and its contract §4 code, then the
/// data-protection notice and room for the person's signature (000 data convention art. 4.1). No free-text field.
/// </summary>
public static class ReferralDocx
{
    public const string ContentType = WordDocument.ContentType;

    private static readonly string[] Columns = ["Rubrique", "Valeur", "Code"];

    public static byte[] Build(ReferralSheetView s)
    {
        var situation = ReferralLabels.SituationFlags
            .Select(f => Row(f.Label, ReferralLabels.YesNo(f.Read(s.Situation)), $"{f.Code}={(f.Read(s.Situation) ? "true" : "false")}"))
            .Append(Row("Niveau de formation", ReferralLabels.EducationLevel(s.Situation.EducationLevel),
                $"educationLevel={s.Situation.EducationLevel?.ToString(CultureInfo.InvariantCulture) ?? "null"}"));
        var doc = new WordDocument()
            .Title($"Fiche de liaison – orientation vers le {s.PlieName}")
            .Text($"Envoyée le {ReferralText.Date(s.Date)} par {s.PrescriberName}. Rubriques codées uniquement : aucune rubrique de texte libre (convention d'échange de données, annexe).", size: 18)
            .Heading("Orientation").Table(Columns,
            [
                Row("PLIE", s.PlieName, ""),
                Row("Date de l'orientation", ReferralText.Date(s.Date), s.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Row("Organisme prescripteur", s.PrescriberName, s.PrescriberOrg ?? ""),
                Row("Type de prescripteur", Codes.Label(Codes.PrescriberKinds, s.PrescriberKind), s.PrescriberKind),
                Row("Canal", Codes.Label(Codes.ReferralChannels, s.Channel), s.Channel),
            ])
            .Heading("Personne orientée").Table(Columns,
            [
                Row("Nom", s.LastName ?? "(identité effacée)", ""),
                Row("Nom de naissance", s.BirthName ?? "—", ""),
                Row("Prénom", s.FirstName ?? "(identité effacée)", ""),
                Row("Date de naissance", s.BirthDate is { } b ? ReferralText.Date(b) : "—", ""),
                Row("Sexe", ReferralLabels.Sexes.GetValueOrDefault(s.Sex, s.Sex), s.Sex),
                Row("Commune de résidence", s.CommuneName ?? s.CommuneInsee, s.CommuneInsee),
                Row("Identifiant France Travail", s.FranceTravailId ?? "—", s.FranceTravailId ?? ""),
            ])
            .Heading("Situation").Table(Columns, situation)
            .Heading(s.Notice.Title);
        foreach (var p in s.Notice.Paragraphs) doc.Text(p, size: 20);
        return doc.Text(s.Notice.Acknowledgement, bold: true, size: 20)
            .Text("Date et signature de la personne :", size: 20).Blank().Blank()
            .ToBytes("Fiche de liaison – orientation vers le PLIE");
    }

    private static IReadOnlyList<string> Row(string label, string value, string code) => [label, value, code];
}
