using Passerelle.Core.Documents;

namespace Passerelle.Core.Reconciliation;

/// <summary>
/// The columns of France Travail's list of the job seekers it follows as PNI-delegated to the PLIE (« Pôle emploi transmet
/// au PLIE … 1 fois par trimestre, la liste des personnes identifiées en accompagnement PLIE, c'est-à-dire en suivi délégué,
/// pour confrontation avec les listes du PLIE », 001 art. 2-4 a), in France Travail's and the former « Pôle emploi »
/// wording. Name and birth date are read (a list carries them) but never stored: the comparison goes by identifier.
/// </summary>
public static class PniListColumns
{
    public const string FranceTravailId = "franceTravailId";
    public const string LastName = "lastName";
    public const string FirstName = "firstName";
    public const string BirthDate = "birthDate";
    public const string Agency = "agency";
    public const string Start = "start";
    public const string End = "end";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new(FranceTravailId, "Identifiant France Travail", true, "identifiantfrancetravail", "identifiantpoleemploi", "idfrancetravail",
            "idpoleemploi", "identifiantft", "identifiantpe", "idft", "idpe", "ide", "identifiant", "numeroidentifiant", "identifiantde",
            "numerodedemandeurdemploi", "identifiantdemandeurdemploi"),
        new(LastName, "Nom", false, "nom", "nomdusage", "nomdefamille", "nomusuel"),
        new(FirstName, "Prénom", false, "prenom", "prenoms"),
        new(BirthDate, "Date de naissance", false, "datedenaissance", "datenaissance", "naissance", "nele", "nee"),
        new(Agency, "Agence", true, "agence", "codeagence", "agencefrancetravail", "agencepoleemploi", "agenceft", "agencepe", "siteft",
            "sitepe", "codesafir", "agencedesuivi", "agencereferente"),
        new(Start, "Date de début de la délégation PNI", true, "datededebutdeladelegationpni", "datedebutdelegationpni", "datededebutdelegation",
            "datedebutdelegation", "debutdelegationpni", "debutdeladelegation", "debutdelegation", "datededebutpni", "datedebutpni", "debutpni",
            "datedebutcodepni", "datedebutducodepni", "datedebutsuividelegue", "datedebutdusuividelegue", "datedebut", "datededebut"),
        new(End, "Date de fin de la délégation PNI", false, "datedefindeladelegationpni", "datefindelegationpni", "datedefindelegation",
            "datefindelegation", "findelegationpni", "findeladelegation", "findelegation", "datedefinpni", "datefinpni", "finpni",
            "datefincodepni", "datefinducodepni", "datefinsuividelegue", "datefindusuividelegue", "datefin", "datedefin"),
    ];

    public static readonly SheetHeaders Headers = new(All);
}
