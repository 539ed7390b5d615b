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
        ["barrier"] = "Frein",
        ["request"] = "Demande à France Travail",
        ["referent_change"] = "Changement de référent",
        ["extension"] = "Prolongation du parcours",
        ["absence"] = "Absence à une convocation",
        ["breach"] = "Fait susceptible de constituer un manquement",
        ["sector_wish"] = "Secteur d'activité souhaité",
    };

    /// <summary>
    /// The convocations of the pathway a person may miss (seed 000 art. 3-4 b « absences à convocation »; data annex C
    /// « Données liées à l'absence aux rendez-vous »).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AbsenceKinds = new Dictionary<string, string>
    {
        ["individual"] = "Entretien individuel",
        ["collective"] = "Atelier ou réunion collective",
        ["step"] = "Étape de parcours (prestation, formation, immersion)",
    };

    /// <summary>
    /// Facts that may breach a job seeker's obligations (seed 000 art. 6, 001 art. 5, 002 art. 6). The seeds name no list:
    /// these are the grounds of the code du travail, art. L5412-1 (actes positifs et répétés de recherche d'emploi, PPAE,
    /// formation ou aide, convocation, offres raisonnables d'emploi) and L5412-2 (fausse déclaration).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BreachReasons = new Dictionary<string, string>
    {
        ["job_search"] = "Absence d'actes positifs et répétés de recherche d'emploi",
        ["ppae"] = "Refus d'élaborer ou d'actualiser le PPAE",
        ["training_refusal"] = "Refus d'une action de formation ou d'aide à la recherche d'emploi",
        ["convocation"] = "Absence de réponse à une convocation",
        ["offers"] = "Refus de deux offres raisonnables d'emploi",
        ["false_statement"] = "Fausse déclaration",
    };

    /// <summary>
    /// The sectors a person may wish to work in (seed 003: « Les souhaits de secteurs d'activité … validés par les
    /// référentes »): the 14 « grands domaines professionnels » of France Travail's ROME (Répertoire opérationnel des
    /// métiers et des emplois), by their letter. 003's sectors fall in K (services à la personne, nettoyage de locaux),
    /// D (vente, mise en rayon) and A (espaces verts).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Sectors = new Dictionary<string, string>
    {
        ["A"] = "Agriculture et pêche, espaces naturels et espaces verts, soins aux animaux",
        ["B"] = "Arts et façonnage d'ouvrages d'art",
        ["C"] = "Banque, assurance, immobilier",
        ["D"] = "Commerce, vente et grande distribution",
        ["E"] = "Communication, média et multimédia",
        ["F"] = "Construction, bâtiment et travaux publics",
        ["G"] = "Hôtellerie-restauration, tourisme, loisirs et animation",
        ["H"] = "Industrie",
        ["I"] = "Installation et maintenance",
        ["J"] = "Santé",
        ["K"] = "Services à la personne et à la collectivité",
        ["L"] = "Spectacle",
        ["M"] = "Support à l'entreprise",
        ["N"] = "Transport et logistique",
    };

    /// <summary>
    /// The 7 families of the data annex of seed 000 (« Données liées aux freins périphériques », the only barrier data
    /// that may cross to France Travail) and the professional barriers of the CASA activity report (seed 003,
    /// « Les freins à l'emploi »: parcours professionnel, recherche d'emploi, formation).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BarrierFamilies = new Dictionary<string, string>
    {
        ["financial"] = "Faire face à des difficultés financières",
        ["housing"] = "Faire face à des difficultés de logement",
        ["health"] = "Prendre en compte son état de santé",
        ["administrative"] = "Faire face à des difficultés administratives ou juridiques",
        ["family"] = "Surmonter des contraintes familiales",
        ["communication"] = "Développer ses capacités d'insertion et de communication",
        ["transport"] = "Accéder à un moyen de transport",
        ["career"] = "Parcours professionnel",
        ["job_search"] = "Recherche d'emploi",
        ["training_language"] = "Formation, qualification, maîtrise du français",
    };

    /// <summary>The 7 families of seed 000's data annex: the barriers that may be reported to France Travail.</summary>
    public static readonly IReadOnlyList<string> SocialBarrierFamilies =
        ["financial", "housing", "health", "administrative", "family", "communication", "transport"];

    /// <summary>
    /// Requests to France Travail: trainings (AFC, AIF, AFPR, POE — seed 000 art. 4-1), ECCP and PMSMP, the aids of
    /// seed 000 art. 4-1 / 002 art. 4-1 (« aides à la mobilité, aides à la reprise d'emploi, … permis B ») and services.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> RequestKinds = new Dictionary<string, string>
    {
        ["afc"] = "Action de formation conventionnée (AFC)",
        ["aif"] = "Aide individuelle à la formation (AIF)",
        ["afpr"] = "Action de formation préalable au recrutement (AFPR)",
        ["poe"] = "Préparation opérationnelle à l'emploi (POE)",
        ["eccp"] = "Évaluation des compétences et capacités professionnelles (ECCP)",
        ["pmsmp"] = "Immersion professionnelle (PMSMP)",
        ["mobility"] = "Aide à la mobilité",
        ["licence_b"] = "Aide au permis B",
        ["job_resumption"] = "Aide à la reprise d'emploi",
        ["service"] = "Prestation France Travail",
    };

    public static readonly IReadOnlyDictionary<string, string> RequestOutcomes = new Dictionary<string, string>
    {
        ["realised"] = "Réalisée",
        ["refused"] = "Refusée",
    };

    public static readonly IReadOnlyDictionary<string, string> ReferentChangeReasons = new Dictionary<string, string>
    {
        ["absence"] = "Absence du référent",
        ["departure"] = "Départ du référent",
        ["caseload"] = "Répartition des portefeuilles",
        ["person_request"] = "À la demande de la personne",
        ["other"] = "Autre motif",
    };

    public static string Label(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is not null && codes.TryGetValue(code, out var label) ? label : code ?? "";
}
