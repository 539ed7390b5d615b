using Passerelle.Core.Documents;

namespace Passerelle.Core.Commission;

/// <summary>
/// The contract of engagement (« la signature d'un contrat d'engagement confirme l'entrée dans le dispositif », 002 art.
/// 3-3; 001 art. 2-3): the parties, the pathway as the protocol sets it (duration, follow-up in employment, rhythm of
/// interviews: 000 art. 3-3, 001 art. 2-3, 002 art. 3-3), the person's and the PLIE's commitments (000 and 002 art. 3-4 b),
/// France Travail's PNI delegation (000 art. 3-4 a, art. 6), the personal-data notice (000 data convention art. 4.2) and
/// room for the signatures. Only this person is named, with their referent.
/// </summary>
internal static class ContractDocument
{
    public static byte[] Build(ContractData d)
    {
        var name = d.LastName is null ? $"la personne {d.Ref}" : $"{d.FirstName} {d.LastName.ToUpperInvariant()}";
        var p = d.Pathway;
        var doc = new WordDocument()
            .Title("Contrat d'engagement dans le parcours PLIE")
            .Text(d.PlieName, bold: true)
            .Heading("Entre")
            .Text($"Le {d.PlieName}, représenté par le ou la référent·e de parcours désigné·e ci-dessous,")
            .Text($"et {name}" + (d.BirthDate is { } b ? $", né·e le {CommissionText.Date(b)}" : "")
                + (d.FranceTravailId is { } ft ? $", identifiant France Travail {ft}" : "") + $" (réf. PLIE {d.Ref}).")
            .Heading("Votre parcours")
            .Text($"À compter du {CommissionText.Date(d.IntegrationDate)}, vous entrez dans le parcours d'accompagnement renforcé vers l'emploi du PLIE. "
                + (d.ReferentName is { } r ? $"Votre référent·e unique de parcours est {r}." : "Un·e référent·e unique de parcours vous est désigné·e."))
            .Text(Duration(p))
            .Heading("Vos engagements")
            .Bullet(Rhythm(p))
            .Bullet("vous engager dans les étapes du parcours convenues avec votre référent·e (bilan, formation, ateliers, immersions en entreprise, emploi) ;")
            .Bullet("rester inscrit·e comme demandeur·se d'emploi à France Travail et y actualiser votre situation ;")
            .Bullet("informer votre référent·e de tout changement de votre situation (emploi, formation, déménagement, santé, indisponibilité) ;")
            .Bullet("remettre les justificatifs de votre emploi, de votre formation ou de votre création d'activité (contrat, bulletins de salaire, attestation, extrait K-bis).")
            .Heading("Les engagements du PLIE")
            .Bullet("accompagner la mise en œuvre des étapes de votre parcours d'accès à l'emploi ;")
            .Bullet("désigner un·e nouveau·elle référent·e unique en cas d'absence prolongée de votre référent·e ;")
            .Bullet("porter à la connaissance de France Travail les informations nécessaires à l'actualisation de votre projet personnalisé d'accès à l'emploi (PPAE) ;")
            .Bullet("veiller au maintien de votre inscription à France Travail ;")
            .Bullet($"vous suivre pendant {p.FollowUpMonths} mois après votre retour à l'emploi durable ou votre entrée en formation qualifiante.")
            .Heading("France Travail")
            .Text("Dès votre intégration, France Travail délègue le suivi de votre parcours au PLIE (code « PNI »"
                + (p.PniMonths is { } m ? $", pour {m} mois au plus" : "") + ") ; vous restez inscrit·e à France Travail, qui ne vous convoque pas "
                + "sans concertation avec votre référent·e.")
            .Heading(d.Notice.Title);
        foreach (var paragraph in d.Notice.Paragraphs) doc.Text(paragraph, size: 20);
        doc.Text(d.Notice.Acknowledgement, bold: true, size: 20)
            .Heading("Signatures")
            .Text("Fait à ……………………………………, le ……………………………………")
            .Text("La personne accompagnée :").Blank().Blank()
            .Text("Le ou la référent·e de parcours, pour le PLIE :").Blank().Blank();
        return doc.ToBytes("Contrat d'engagement dans le parcours PLIE");
    }

    private static string Duration(Protocols.PathwayRules p)
    {
        var extension = p.ExtensionMonths > 0 ? $", prolongeable de {p.ExtensionMonths} mois sur décision de la commission"
            : p.ExceptionalExtension ? ", prolongeable à titre exceptionnel selon votre situation" : "";
        return p.FollowUpIncludedInMax
            ? $"Le parcours dure au plus {p.MaxMonths} mois, suivi dans l'emploi compris{extension}."
            : $"Le parcours dure au plus {p.MaxMonths} mois{extension}, et se poursuit {p.FollowUpMonths} mois après votre retour à l'emploi durable ou votre entrée en formation qualifiante.";
    }

    private static string Rhythm(Protocols.PathwayRules p)
    {
        var exempt = " (sauf pendant un stage, une formation, un emploi temporaire, une prestation ou une indisponibilité temporaire"
            + (p.ExemptContactsPerMonth is { } e ? $", où {e} contact{(e > 1 ? "s" : "")} par mois reste{(e > 1 ? "nt" : "")} dû{(e > 1 ? "s" : "")}" : "") + ") ;";
        if (p.ContactsPerMonth > p.InterviewsPerMonth)
            return $"rencontrer votre référent·e ou échanger avec lui ou elle au moins {p.ContactsPerMonth} fois par mois"
                + (p.InterviewsPerMonth > 0 ? $", dont {p.InterviewsPerMonth} entretien{(p.InterviewsPerMonth > 1 ? "s" : "")} individuel{(p.InterviewsPerMonth > 1 ? "s" : "")}" : "") + exempt;
        return $"participer à au moins {Math.Max(1, p.InterviewsPerMonth)} entretien{(p.InterviewsPerMonth > 1 ? "s" : "")} individuel{(p.InterviewsPerMonth > 1 ? "s" : "")} par mois avec votre référent·e" + exempt;
    }
}
