namespace Passerelle.Core.Reconciliation;

/// <summary>
/// The kinds of difference between France Travail's list of PNI-delegated people and the PLIE's pathways, each with its
/// French label and the action to take, in the order the page shows them. Sources: « Dès l'intégration effective, le DE est
/// codifié (PNI) » and « la délégation … est alors confirmée à réception, par Pôle emploi » (000 art. 3-4 a and b); « Date
/// d'intégration et de fin de parcours selon l'attribution du code PNI délivré pour une durée de 24 mois » and « Informer
/// le PLIE dès lors qu'un contrat IAE sera engagé, il sera alors mis fin … à l'accompagnement délégué PLIE » (000 art. 6);
/// « Les DE en fin de chantier d'insertion codifiés PNI IAE et toujours en suivi PLIE seront identifiés et transmis a PE
/// pour réintégration en PNI » (002 art. 6); the quarterly « confrontation avec les listes du PLIE » (001 art. 2-4 a).
/// </summary>
public static class DifferenceKinds
{
    public const string NeverIntegrated = "never_integrated";
    public const string Exited = "exited";
    public const string MissingPni = "missing_pni";
    public const string IaeEnded = "iae_ended";
    public const string StartUnrecorded = "start_unrecorded";
    public const string StartDiffers = "start_differs";
    public const string EndDiffers = "end_differs";
    public const string UnknownId = "unknown_id";

    public static readonly IReadOnlyList<DifferenceKind> All =
    [
        new(NeverIntegrated, "Suivi·e en PNI par France Travail, jamais intégré·e au PLIE",
            "Demander à France Travail de lever le code PNI (la personne n'est pas entrée dans le PLIE), ou enregistrer son intégration si elle a eu lieu."),
        new(Exited, "Suivi·e en PNI par France Travail, sorti·e du PLIE",
            "Signaler la sortie (date et motif, tableau de suivi du mois) et demander à France Travail de clore la délégation PNI."),
        new(MissingPni, "En parcours au PLIE, absent·e de la liste de France Travail",
            "Demander à France Travail le codage PNI (délégation du suivi au PLIE) et noter la date de la demande sur le dossier d'intégration."),
        new(IaeEnded, "Fin de contrat IAE, toujours en parcours au PLIE, absent·e de la liste",
            "Transmettre à France Travail pour réintégration en PNI : le contrat IAE est terminé et la personne reste suivie par le PLIE (002 art. 6)."),
        new(StartUnrecorded, "Début de délégation différent de l'intégration, confirmation non enregistrée",
            "Enregistrer sur le dossier d'intégration la date de confirmation PNI donnée par France Travail (elle fixe la fin du code PNI)."),
        new(StartDiffers, "Début de délégation différent de la confirmation enregistrée",
            "Vérifier avec France Travail la date de début de la délégation et corriger celle qui est fausse (dossier d'intégration ou code PNI)."),
        new(EndDiffers, "Fin de délégation différente de la durée du code PNI",
            "Demander à France Travail d'aligner la fin du code PNI sur la durée de la délégation (24 mois au plus, 000 art. 6)."),
        new(UnknownId, "Identifiant France Travail inconnu du PLIE",
            "Vérifier l'identifiant auprès de France Travail : personne jamais orientée vers le PLIE, ou identifiant absent ou mal saisi sur sa fiche."),
    ];

    public static DifferenceKind Of(string code) => All.First(k => k.Code == code);
}
