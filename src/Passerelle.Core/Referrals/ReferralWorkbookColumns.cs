using Passerelle.Core.Documents;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The columns a referral list may carry: those of the data annex of seed 000 (B. « Données transmises par Pôle emploi
/// au PLIE »: identification, minimum social benefits, RQTH, long-term unemployment, prescription date and
/// prescriber), nothing else. Any other column (comments, phone numbers, CAF id…) is ignored and named in the report:
/// it never enters the database.
/// </summary>
public static class ReferralWorkbookColumns
{
    public const string FranceTravailId = "franceTravailId";
    public const string LastName = "lastName";
    public const string BirthName = "birthName";
    public const string FirstName = "firstName";
    public const string BirthDate = "birthDate";
    public const string Sex = "sex";
    public const string CommuneInsee = "communeInsee";
    public const string CommuneName = "communeName";
    public const string Agency = "agency";
    public const string PrescribedOn = "prescribedOn";
    public const string Channel = "channel";
    public const string Rsa = "rsa";
    public const string Ass = "ass";
    public const string Aah = "aah";
    public const string Rqth = "rqth";
    public const string LongTermUnemployed = "longTermUnemployed";
    public const string Qpv = "qpv";
    public const string EducationLevel = "educationLevel";

    public static readonly IReadOnlyList<SheetColumn> All =
    [
        new(FranceTravailId, "Identifiant France Travail", true, "identifiantfrancetravail", "identifiantpoleemploi", "idfrancetravail",
            "idpoleemploi", "identifiantft", "identifiantpe", "idft", "idpe", "ide", "identifiant", "numeroidentifiant", "identifiantde",
            "numerodedemandeurdemploi", "identifiantdemandeurdemploi"),
        new(LastName, "Nom", true, "nom", "nomdusage", "nomdefamille", "nomusuel"),
        new(BirthName, "Nom de naissance", false, "nomdenaissance", "nomdejeunefille", "nompatronymique"),
        new(FirstName, "Prénom", true, "prenom", "prenoms"),
        new(BirthDate, "Date de naissance", true, "datedenaissance", "datenaissance", "naissance", "nele", "nee"),
        new(Sex, "Sexe", true, "sexe", "civilite", "genre"),
        new(CommuneInsee, "Code INSEE de la commune", false, "codeinsee", "communeinsee", "insee", "codecommune", "codeinseecommune"),
        new(CommuneName, "Commune", false, "commune", "ville", "communederesidence", "localite"),
        new(Agency, "Agence", true, "agence", "codeagence", "agencefrancetravail", "agencepoleemploi", "agenceft", "agencepe", "siteft",
            "sitepe", "codesafir", "agencedorientation"),
        new(PrescribedOn, "Date de prescription", true, "datedeprescription", "dateprescription", "datedorientation", "dateorientation",
            "dateprescriptionplie", "dateorientationplie"),
        new(Channel, "Canal", false, "canal", "modedorientation", "modeorientation"),
        new(Rsa, "RSA", false, "rsa", "brsa", "beneficiairersa", "beneficiairedursa"),
        new(Ass, "ASS", false, "ass", "beneficiaireass"),
        new(Aah, "AAH", false, "aah", "beneficiaireaah"),
        new(Rqth, "RQTH", false, "rqth", "boe", "travailleurhandicape"),
        new(LongTermUnemployed, "DELD", false, "deld", "demandeurdemploidelongueduree", "chomeurdelongueduree", "chomagedelongueduree", "ld"),
        new(Qpv, "QPV", false, "qpv", "residentqpv", "quartierprioritaire"),
        new(EducationLevel, "Niveau de formation", false, "niveaudeformation", "niveau", "niveaudequalification", "niveaudiplome"),
    ];

    /// <summary>The headers of <see cref="All"/>, for the shared reader.</summary>
    public static readonly SheetHeaders Headers = new(All);
}
