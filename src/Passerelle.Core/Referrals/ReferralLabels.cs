using Passerelle.Core.Exchange;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The coded fields of a fiche de liaison with their French wording and their contract §4 code: the yes/no situation
/// fields (000 data annex B: minimum social benefits, RQTH, long-term unemployment; 001 annex 1 B: handicap, family
/// situation, education level), the education level of the 2019 nomenclature (décret 2019-14) and the sex.
/// </summary>
public static class ReferralLabels
{
    public static readonly IReadOnlyList<(string Code, string Label, Func<SituationDto, bool> Read)> SituationFlags =
    [
        ("rsa", "Bénéficiaire du RSA", s => s.Rsa),
        ("ass", "Allocation de solidarité spécifique (ASS)", s => s.Ass),
        ("aah", "Allocation aux adultes handicapés (AAH)", s => s.Aah),
        ("rqth", "Reconnaissance de la qualité de travailleur handicapé (RQTH)", s => s.Rqth),
        ("qpv", "Habite un quartier prioritaire de la politique de la ville (QPV)", s => s.Qpv),
        ("longTermUnemployed", "Demandeur d'emploi de longue durée (DELD)", s => s.LongTermUnemployed),
        ("singleParent", "Famille monoparentale", s => s.SingleParent),
        ("selfEmployed", "Travailleur indépendant", s => s.SelfEmployed),
        ("followedByMissionLocale", "Suivi par une Mission Locale", s => s.FollowedByMissionLocale),
    ];

    public static readonly IReadOnlyDictionary<int, string> EducationLevels = new Dictionary<int, string>
    {
        [1] = "Niveau 1 – savoirs de base",
        [2] = "Niveau 2 – socle de compétences",
        [3] = "Niveau 3 – CAP, BEP",
        [4] = "Niveau 4 – baccalauréat",
        [5] = "Niveau 5 – bac + 2",
        [6] = "Niveau 6 – licence, bac + 3 ou 4",
        [7] = "Niveau 7 – master, bac + 5",
        [8] = "Niveau 8 – doctorat",
    };

    public static readonly IReadOnlyDictionary<string, string> Sexes = new Dictionary<string, string>
    {
        ["F"] = "Femme",
        ["M"] = "Homme",
    };

    public static string YesNo(bool value) => value ? "Oui" : "Non";

    public static string EducationLevel(int? level) =>
        level is { } l && EducationLevels.TryGetValue(l, out var label) ? label : "Non renseigné";
}
