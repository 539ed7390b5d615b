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

    /// <summary>What a file on the agenda asks; extensions, atypical exits and re-orientations come with later issues.</summary>
    public static readonly IReadOnlyDictionary<string, string> ItemKinds = new Dictionary<string, string>
    {
        [Integration] = "Demande d'intégration",
    };

    public static readonly IReadOnlyDictionary<string, string> Decisions = new Dictionary<string, string>
    {
        [Integrate] = "Intégration",
        [Refuse] = "Refus d'intégration",
        [Adjourn] = "Ajournement",
        [Reorient] = "Réorientation",
    };

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
