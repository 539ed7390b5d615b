using Passerelle.Core.Journeys;

namespace Passerelle.Web.Pages.Personnes;

/// <summary>The administrative situation at referral, in the words of the conventions.</summary>
public static class SituationView
{
    /// <summary>Levels of the 2019 national nomenclature of diplomas (décret 2019-14).</summary>
    private static readonly string[] EducationLevels =
    [
        "", "1 – savoirs de base", "2 – socle de compétences", "3 – CAP, BEP", "4 – baccalauréat",
        "5 – bac + 2", "6 – licence, bac + 3 ou 4", "7 – master, bac + 5", "8 – doctorat",
    ];

    public static IReadOnlyList<(string Label, string Value)> Lines(Situation s) =>
    [
        ("Bénéficiaire du RSA", YesNo(s.Rsa)),
        ("Allocation de solidarité spécifique (ASS)", YesNo(s.Ass)),
        ("Allocation aux adultes handicapés (AAH)", YesNo(s.Aah)),
        ("Reconnaissance de travailleur handicapé (RQTH)", YesNo(s.Rqth)),
        ("Habite un quartier prioritaire (QPV)", YesNo(s.Qpv)),
        ("Demandeur d'emploi de longue durée (DELD)", YesNo(s.LongTermUnemployed)),
        ("Niveau de formation", s.EducationLevel is >= 1 and <= 8 and var l ? "Niveau " + EducationLevels[l] : "non renseigné"),
        ("Famille monoparentale", YesNo(s.SingleParent)),
        ("Travailleur indépendant", YesNo(s.SelfEmployed)),
        ("Suivi par la Mission Locale", YesNo(s.FollowedByMissionLocale)),
    ];

    private static string YesNo(bool value) => value ? "Oui" : "Non";
}
