namespace Passerelle.Core.Conventions;

/// <summary>
/// The data the PLIE may send to France Travail, as the data conventions list them: 000 data convention annexe C
/// « Données transmises par le PLIE à Pôle emploi » (identification, prescription, refusal reasons, integration and PNI
/// dates, absences, steps, exits), 000 art. 6 and 001 art. 5 / annexe 1 (facts that may breach obligations, requests for
/// a service, aid, measure or training). A convention's allow-list is a subset of these keys; the tracking table's
/// columns are checked against it (<see cref="Tracking.TrackingLayout"/>).
/// </summary>
public static class DataItems
{
    public const string FranceTravailId = "france_travail_id";
    public const string Name = "name";
    public const string BirthDate = "birth_date";
    public const string Address = "address";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string CafId = "caf_id";
    public const string Prescription = "prescription";
    public const string FirstContact = "first_contact";
    public const string Absence = "absence";
    public const string Refusal = "refusal";
    public const string Integration = "integration_pni";
    public const string Steps = "steps";
    public const string Exit = "exit";
    public const string Breach = "breach";
    public const string Requests = "requests";
    public const string Comments = "comments";

    private const string AnnexC = "000, convention d'échange de données, annexe C";

    public static readonly IReadOnlyList<DataItem> All =
    [
        new(FranceTravailId, "Identifiant France Travail", DataNature.Identifier, AnnexC + " ; 001 annexe 1 B"),
        new(Name, "Nom et prénom", DataNature.Identity, AnnexC + " ; 001 annexe 1 B"),
        new(BirthDate, "Date de naissance", DataNature.Date, AnnexC),
        new(Address, "Adresse postale", DataNature.Identity, AnnexC),
        new(Phone, "Téléphone", DataNature.Identity, AnnexC),
        new(Email, "Adresse électronique (si consentement aux échanges dématérialisés)", DataNature.Identity, AnnexC),
        new(CafId, "Identifiant CAF", DataNature.Identifier, AnnexC),
        new(Prescription, "Date de prescription et partenaire prescripteur", DataNature.Code, AnnexC),
        new(FirstContact, "Premier accueil au PLIE (confirmation de l'orientation)", DataNature.Date, "000 art. 3-4 b ; 001 art. 5 « confirmations d'entrée en parcours »"),
        new(Absence, "Absences aux rendez-vous (date de la convocation)", DataNature.Date, AnnexC + " ; 000 art. 3-4 b"),
        new(Refusal, "Motifs de refus d'intégration", DataNature.Code, AnnexC + " ; 000 art. 6"),
        new(Integration, "Date d'intégration, début et fin du code PNI", DataNature.Date, AnnexC + " ; 000 art. 6"),
        new(Steps, "Étapes de parcours", DataNature.Code, AnnexC + " ; 000 art. 6"),
        new(Exit, "Date, nature et motif de sortie", DataNature.Code, AnnexC + " ; 000 art. 6"),
        new(Breach, "Faits susceptibles de constituer des manquements aux obligations", DataNature.Code, "000 art. 6 ; 001 art. 5 et annexe 1 ; 002 art. 6"),
        new(Requests, "Demandes de prestation, aide, mesure ou formation et leurs réalisations", DataNature.Code, "000 art. 6 ; 001 art. 5 et annexe 1"),
        new(Comments, "Commentaires (texte libre)", DataNature.FreeText, "001 annexe 1 « commentaires » — jamais transmis (000, annexe : aucune rubrique de texte libre)"),
    ];

    public static DataItem? Find(string key) => All.FirstOrDefault(i => i.Key == key);

    /// <summary>What a data-exchange convention allows by default: every item of the annexes but free text.</summary>
    public static IReadOnlyList<string> Exchangeable => [.. All.Where(i => i.Nature != DataNature.FreeText).Select(i => i.Key)];
}
