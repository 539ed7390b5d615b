namespace Passerelle.Core.Conventions;

/// <summary>The coded values of a <see cref="Convention"/>, with their French labels.</summary>
public static class ConventionCodes
{
    public const string DataExchange = "data_exchange";
    public const string Monthly = "monthly";

    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>
    {
        ["partnership"] = "Convention de partenariat (coopération locale)",
        [DataExchange] = "Convention d'échange de données personnelles",
    };

    /// <summary>000 art. 3-4 b (monthly, before the 7th); 001 art. 5 (« a minima tous les trois mois »); 000 art. 6 (« quadrimestriellement »).</summary>
    public static readonly IReadOnlyDictionary<string, string> Frequencies = new Dictionary<string, string>
    {
        [Monthly] = "Mensuelle",
        ["quarterly"] = "Trimestrielle",
        ["four_monthly"] = "Quadrimestrielle",
    };

    /// <summary>000 data convention annexe D (FilR, courriel chiffré, remise en main propre); 001 annexe 2 (mail).</summary>
    public static readonly IReadOnlyDictionary<string, string> Channels = new Dictionary<string, string>
    {
        ["filr"] = "FilR (serveur sécurisé de France Travail)",
        ["encrypted_mail"] = "Courriel, fichier chiffré (clé transmise par un autre canal)",
        ["hand"] = "Remise en main propre",
    };

    /// <summary>001 annexe 3 (gouvernance, suivi opérationnel, sécurité, protection des données); 000 data convention annexe E.</summary>
    public static readonly IReadOnlyDictionary<string, string> Roles = new Dictionary<string, string>
    {
        ["governance"] = "Gouvernance du partenariat",
        ["operational"] = "Suivi opérationnel de l'échange de données",
        ["security"] = "Sécurité des systèmes d'information",
        ["dpo"] = "Protection des données personnelles",
    };

    public static readonly IReadOnlyDictionary<string, string> Sides = new Dictionary<string, string>
    {
        ["plie"] = "PLIE",
        ["partner"] = "Partenaire",
    };
}
