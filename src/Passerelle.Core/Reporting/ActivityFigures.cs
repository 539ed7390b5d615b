namespace Passerelle.Core.Reporting;

/// <summary>
/// The figures of the activity report that the pathway and intake figures do not already give (seed 003, « Les éléments
/// de réalisation du PLIE »): the public integrated in the period (« une majorité de femmes (53 %) », « 59 % … niveau V
/// ou infra », « 76 % … allocataire du RSA au moment de son intégration », « 51 % … entre 26 et 44 ans et 49 % … 45 ans et
/// plus »), the work contracts signed (« 778 contrats … 682 personnes ; à cela se rajoutent les 96 contrats signés dans
/// les structures de l'IAE (par 85 personnes) »), the positive exits by kind (« 89 % … à l'emploi, 7 % … créations
/// d'entreprise et 4 % des formations ») and the CDI share of employment exits (« 113 … consécutives à la signature
/// d'un CDI ») and the sectors wished (« Les souhaits de secteurs d'activité les plus souvent exprimés par les
/// participants et validés par les référentes … », <see cref="Sectors"/>: people accompanied in the period by the sector
/// of their latest wish up to the period's end, most frequent first). Each count has its key for the people behind it.
/// </summary>
public sealed record ActivityFigures(
    int Integrated,
    int Women,
    int EducationKnown,
    int LowEducation,
    int RsaAtEntry,
    IReadOnlyList<CountRow> AgeBands,
    int Contracts,
    int ContractPeople,
    int IaeContracts,
    int IaePeople,
    IReadOnlyList<CountRow> PositiveByKind,
    int EmploymentExits,
    int CdiExits,
    IReadOnlyList<CountRow> Sectors);
