namespace Passerelle.Web.Pages.Audit;

/// <summary>French words for the channels and actions of the trail (docs/audit-events.md), for DPOs reading it.</summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Actions = new()
    {
        ["organisation.create"] = "Création d'une organisation",
        ["protocol.create"] = "Création du protocole d'un PLIE",
        ["user.create"] = "Création d'un compte",
        ["user.disable"] = "Désactivation d'un compte",
        ["user.enable"] = "Réactivation d'un compte",
        ["apikey.create"] = "Création d'une clé d'API",
        ["apikey.revoke"] = "Révocation d'une clé d'API",
        ["person.read"] = "Consultation d'une personne",
        ["person.search"] = "Personne listée dans une recherche",
        ["person.fact.add"] = "Ajout d'un fait au parcours d'une personne",
        ["person.fact.update"] = "Clôture d'une période du parcours d'une personne",
        ["person.caseload"] = "Affichage d'un portefeuille de suivi (personnes listées)",
        ["report.pathways.view"] = "Consultation des chiffres des parcours (pilotage)",
        ["person.statistics"] = "Personne listée derrière un chiffre du pilotage",
        ["person.eligibility"] = "Évaluation de l'éligibilité d'une personne",
        ["referral.create"] = "Orientation d'une nouvelle personne (fiche de liaison)",
        ["referral.attach"] = "Orientation rattachée à une personne connue (fiche de liaison)",
        ["referral.duplicate_check"] = "Personne trouvée par la recherche de doublons d'une orientation",
        ["referral.list"] = "Personne listée dans les orientations d'un prescripteur",
        ["referral.read"] = "Consultation ou téléchargement d'une fiche de liaison",
        ["infosession.create"] = "Programmation d'une information collective",
        ["infosession.update"] = "Modification d'une information collective",
        ["infosession.convoke"] = "Convocation d'une personne à une information collective",
        ["infosession.withdraw"] = "Retrait d'une convocation à une information collective",
        ["infosession.attendance"] = "Saisie de la présence à une information collective",
        ["infosession.absences_export"] = "Export des absences aux informations collectives pour France Travail",
        ["person.convocation_list"] = "Personne listée sur une liste de convocation",
        ["person.absence_list"] = "Personne listée parmi les absences aux informations collectives",
        ["person.absence_export"] = "Absence d'une personne exportée pour France Travail",
        ["person.eligibility.review"] = "Confirmation de critères d'éligibilité par un référent",
        ["commission.session.create"] = "Ouverture d'une séance de commission",
        ["commission.item.add"] = "Inscription d'une demande d'intégration à l'ordre du jour",
        ["commission.decision"] = "Décision de la commission sur un dossier",
        ["person.agenda"] = "Personne listée à l'ordre du jour d'une commission",
        ["person.minutes"] = "Personne nommée dans un procès-verbal de commission",
        ["person.contract"] = "Génération d'un contrat d'engagement",
        ["person.contract.sign"] = "Enregistrement de la signature d'un contrat d'engagement",
        ["person.pni"] = "Enregistrement de la délégation PNI",
        ["person.handover"] = "Personne listée pour une passation de portefeuille",
        ["person.queue"] = "Personne listée dans les files d'attente",
        ["audit.verify"] = "Vérification de l'intégrité du journal",
    };

    public static string Action(string action) => Actions.GetValueOrDefault(action, "");

    public static string Channel(string channel) => channel switch
    {
        "web" => "Web",
        "api" => "API",
        "cli" => "Ligne de commande",
        "system" => "Système",
        _ => channel,
    };
}
