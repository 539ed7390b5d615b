namespace Passerelle.Core.Exits;

/// <summary>French wording of the computed fields of an exit (contract §4.3), for pages: categories (003 art. 5 « Les types de sortie ») and bases.</summary>
public static class ExitLabels
{
    public static readonly IReadOnlyDictionary<string, string> Categories = new Dictionary<string, string>
    {
        [ExitCodes.Positive] = "Sortie positive",
        [ExitCodes.Dropout] = "Rupture / abandon",
        [ExitCodes.LongPathway] = "Parcours long",
        [ExitCodes.Administrative] = "Sortie administrative",
        [ExitCodes.Other] = "Autre sortie",
    };

    public static readonly IReadOnlyDictionary<string, string> Bases = new Dictionary<string, string>
    {
        [ExitCodes.DurableContract] = "CDI ou CDD de 6 mois et plus, au moins à mi-temps",
        [ExitCodes.CivilService] = "Emploi dans la fonction publique depuis 6 mois",
        [ExitCodes.Hours] = "910 heures travaillées sur 9 mois au plus",
        [ExitCodes.Professionalisation] = "Contrat de professionnalisation de plus de 6 mois",
        [ExitCodes.Qualification] = "Qualification obtenue (RNCP)",
        [ExitCodes.LongTraining] = "6 mois en formation qualifiante de longue durée",
        [ExitCodes.Business] = "Création d'entreprise consolidée au-delà de 6 mois",
        [ExitCodes.AtypicalApproved] = "Sortie atypique validée par la commission",
    };

    public static string Category(string code) => Categories.GetValueOrDefault(code, code);

    public static string Basis(string? code) => code is null ? "—" : Bases.GetValueOrDefault(code, code);
}
