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
        ["person.eligibility"] = "Évaluation de l'éligibilité d'une personne",
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
