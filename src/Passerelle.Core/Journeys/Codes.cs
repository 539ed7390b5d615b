namespace Passerelle.Core.Journeys;

/// <summary>
/// The coded values of the journey interchange format (contract §4.1) with their French labels.
/// The refusal and exit reasons are those of the data annex of the CASA convention (seed 000, annexe
/// "données échangées"), plus the exit types of the CASA protocol (seed 003 art. 5).
/// </summary>
public static class Codes
{
    public static readonly IReadOnlyDictionary<string, string> PrescriberKinds = new Dictionary<string, string>
    {
        ["france_travail"] = "France Travail",
        ["departement"] = "Département",
        ["mission_locale"] = "Mission Locale",
        ["ccas"] = "CCAS",
        ["spip"] = "SPIP",
        ["commune"] = "Commune",
        ["other"] = "Autre prescripteur",
        ["spontaneous"] = "Candidature spontanée",
    };

    public static readonly IReadOnlyDictionary<string, string> ReferralChannels = new Dictionary<string, string>
    {
        ["flow"] = "Orientation au fil de l'eau",
        ["info_session"] = "Information collective",
        ["other"] = "Autre",
    };

    public static readonly IReadOnlyDictionary<string, string> InfoSessionOrganisers = new Dictionary<string, string>
    {
        ["france_travail"] = "France Travail",
        ["plie"] = "PLIE",
        ["joint"] = "Co-animée France Travail / PLIE",
    };

    public static readonly IReadOnlyDictionary<string, string> FirstContactModes = new Dictionary<string, string>
    {
        ["collective"] = "Collectif",
        ["individual"] = "Individuel",
    };

    public static readonly IReadOnlyDictionary<string, string> RefusalReasons = new Dictionary<string, string>
    {
        ["absent"] = "Absence au rendez-vous",
        ["training"] = "Formation",
        ["employment"] = "Emploi CDI ou CDD",
        ["cui_pec"] = "CUI PEC",
        ["business_creation"] = "Création d'entreprise",
        ["other_programme"] = "Intégration dans un autre dispositif",
        ["moved"] = "Déménagement",
        ["not_plie_public"] = "Ne relève pas du PLIE",
        ["not_eligible"] = "Non éligible",
    };

    public static readonly IReadOnlyDictionary<string, string> ContactModes = new Dictionary<string, string>
    {
        ["individual"] = "Entretien individuel",
        ["collective"] = "Collectif",
        ["phone"] = "Téléphone",
        ["video"] = "Visioconférence",
    };

    public static readonly IReadOnlyDictionary<string, string> StepKinds = new Dictionary<string, string>
    {
        ["assessment"] = "Bilan / orientation",
        ["training"] = "Formation",
        ["workshop"] = "Atelier",
        ["immersion"] = "Immersion (PMSMP)",
        ["skills_evaluation"] = "Évaluation des compétences (ECCP)",
        ["iae"] = "Insertion par l'activité économique",
        ["service"] = "Prestation France Travail",
        ["aid"] = "Aide (mobilité, permis B, reprise d'emploi)",
        ["employment"] = "Emploi",
    };

    public static readonly IReadOnlyDictionary<string, string> ContractKinds = new Dictionary<string, string>
    {
        ["cdi"] = "CDI",
        ["cdd"] = "CDD",
        ["temp"] = "Intérim",
        ["cui_pec"] = "CUI PEC",
        ["iae"] = "Contrat IAE",
        ["professionalisation"] = "Contrat de professionnalisation",
        ["apprenticeship"] = "Contrat d'apprentissage",
        ["civil_service"] = "Emploi dans la fonction publique",
    };

    public static readonly IReadOnlyDictionary<string, string> ExitReasons = new Dictionary<string, string>
    {
        ["training"] = "Formation",
        ["employment"] = "Emploi CDI ou CDD",
        ["cui_pec"] = "CUI PEC",
        ["business_creation"] = "Création d'entreprise",
        ["other_partner"] = "Réorientation vers un autre partenaire",
        ["other_programme"] = "Réorientation vers un autre dispositif",
        ["retirement"] = "Retraite",
        ["moved"] = "Déménagement",
        ["end_of_pathway"] = "Fin de parcours",
        ["dropout"] = "Rupture / abandon",
        ["health"] = "Santé",
        ["pregnancy"] = "Grossesse",
        ["incarceration"] = "Incarcération",
        ["death"] = "Décès",
    };

    public static readonly IReadOnlyDictionary<string, string> Proofs = new Dictionary<string, string>
    {
        ["contract"] = "Contrat de travail",
        ["payslips"] = "Bulletins de salaire",
        ["kbis"] = "Extrait K-bis",
        ["training_certificate"] = "Attestation de formation",
        ["qualification_certificate"] = "Attestation de qualification",
    };

    public static readonly IReadOnlyDictionary<string, string> EventTypes = new Dictionary<string, string>
    {
        ["referral"] = "Orientation",
        ["info_session"] = "Information collective",
        ["first_contact"] = "Premier accueil",
        ["diagnostic_start"] = "Entrée en diagnostic",
        ["refusal"] = "Refus d'intégration",
        ["integration"] = "Intégration",
        ["contact"] = "Contact",
        ["step"] = "Étape de parcours",
        ["contract"] = "Contrat de travail",
        ["training"] = "Formation",
        ["business_creation"] = "Création d'entreprise",
        ["suspension"] = "Suspension",
        ["exit"] = "Sortie",
    };

    public static string Label(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is not null && codes.TryGetValue(code, out var label) ? label : code ?? "";
}
