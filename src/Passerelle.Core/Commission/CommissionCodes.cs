namespace Passerelle.Core.Commission;

/// <summary>
/// The coded values of the commission, with their French labels. Only codes cross to France Travail (000 data annex:
/// no free text), so every choice made at a session is one of these.
/// </summary>
public static class CommissionCodes
{
    public const string List = "list";
    public const string Integration = "integration";
    public const string Integrate = "integrate";
    public const string Refuse = "refuse";
    public const string Adjourn = "adjourn";
    public const string Reorient = "reorient";
    public const string Extension = "extension";
    public const string AtypicalExit = "atypical_exit";
    public const string Grant = "grant";
    public const string Deny = "deny";

    /// <summary>
    /// CISP (002 art. 3-4 b), CGP (001 art. 2-3), the CASA ad hoc commission (003 art. 5) or a validation by list
    /// (000 art. 3-4 b « par échange de liste »; 003 art. 3: at CASA the referent's diagnostic validates).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> SessionKinds = new Dictionary<string, string>
    {
        ["cisp"] = "Commission d'intégration et de suivi des parcours (CISP)",
        ["cgp"] = "Cellule de gestion des parcours (CGP)",
        ["adhoc"] = "Commission ad hoc",
        ["commission"] = "Commission d'intégration",
        [List] = "Validation des intégrations par liste",
    };

    /// <summary>
    /// What a file on the agenda asks (domain.md « Governance »: integrations, extensions, atypical exits): an integration,
    /// an extension of the pathway beyond its maximum (002 art. 3-3 « après validation de la commission »; 000 art. 3-3
    /// « de façon exceptionnelle »), the validation of an atypical exit (003 art. 5 « une commission ad hoc statuera dans le
    /// cadre des sorties positives dites atypiques »). Re-orientations are decisions on an integration request.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ItemKinds = new Dictionary<string, string>
    {
        [Integration] = "Demande d'intégration",
        [Extension] = "Demande de prolongation du parcours",
        [AtypicalExit] = "Validation d'une sortie atypique",
    };

    /// <summary>Every decision code, for reading a recorded decision whatever its kind; <see cref="DecisionsFor"/> gives the choices of one kind.</summary>
    public static readonly IReadOnlyDictionary<string, string> Decisions = new Dictionary<string, string>
    {
        [Integrate] = "Intégration",
        [Refuse] = "Refus d'intégration",
        [Adjourn] = "Ajournement",
        [Reorient] = "Réorientation",
        [Grant] = "Accord",
        [Deny] = "Refus",
    };

    /// <summary>The decisions a file of <paramref name="kind"/> may get, with their labels for that kind.</summary>
    public static IReadOnlyDictionary<string, string> DecisionsFor(string kind) => kind switch
    {
        Extension => new Dictionary<string, string> { [Grant] = "Prolongation accordée", [Deny] = "Prolongation refusée", [Adjourn] = "Ajournement" },
        AtypicalExit => new Dictionary<string, string> { [Grant] = "Sortie atypique validée", [Deny] = "Sortie atypique non validée", [Adjourn] = "Ajournement" },
        _ => new Dictionary<string, string> { [Integrate] = "Intégration", [Refuse] = "Refus d'intégration", [Adjourn] = "Ajournement", [Reorient] = "Réorientation" },
    };

    /// <summary>The label of a decision on a file of <paramref name="kind"/>.</summary>
    public static string DecisionLabel(string kind, string? decision) => Label(DecisionsFor(kind), decision);

    /// <summary>
    /// Where a person not integrated is sent: the accompagnement global (000 art. 3-2, 002 art. 3-2), their social
    /// referent (002 art. 3-2, via the CISP), the Mission Locale (the CASA age rule, 003 art. 3), France Travail's own
    /// offer (000 art. 3-4 a « une proposition immédiate vers une autre offre de services »), an insertion structure
    /// (IAE), another programme or partner (001 art. 2-4 b « un dispositif ou une mesure mieux adaptée »).
    /// Stored in the refusal fact's <c>reorientation</c> (contract §4.1).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Reorientations = new Dictionary<string, string>
    {
        ["accompagnement_global"] = "Accompagnement global (France Travail et Département)",
        ["social_referent"] = "Référent social",
        ["mission_locale"] = "Mission Locale",
        ["france_travail"] = "Offre de services de France Travail",
        ["iae"] = "Structure d'insertion par l'activité économique",
        ["other_programme"] = "Autre dispositif",
        ["other_partner"] = "Autre partenaire",
    };

    /// <summary>The session kind a protocol's commission gives, or <see cref="List"/> when it does not validate integrations.</summary>
    public static string DefaultKind(Protocols.Commission commission) =>
        !commission.ValidatesIntegrations ? List
        : commission.Code is { } code && SessionKinds.ContainsKey(code) ? code
        : "commission";

    public static string Label(IReadOnlyDictionary<string, string> codes, string? code) =>
        code is not null && codes.TryGetValue(code, out var label) ? label : code ?? "";
}
