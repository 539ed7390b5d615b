using Passerelle.Core.Protocols;

namespace Passerelle.Core.Commission;

/// <summary>
/// A protocol quota (<see cref="Quota"/>: RSA ≥ 60 % of the people followed at Martigues, 002 art. 3-1; long-term job
/// seekers under 50 % of the referrals at COV, 001 art. 2-1) measured over a year: <see cref="Count"/> people meeting the
/// criterion among <see cref="Base"/>. <see cref="Met"/> is null when there is nobody to count yet.
/// </summary>
public sealed record QuotaStatus(Quota Quota, int Year, int Count, int Base)
{
    public decimal? Share => Base == 0 ? null : Math.Round((decimal)Count / Base, 4);

    public bool? Met => Share is not { } share ? null
        : (Quota.MinShare is not { } min || share >= min) && (Quota.MaxShare is not { } max || share < max);

    /// <summary>« au moins 60 % », « moins de 50 % ».</summary>
    public string Target => (Quota.MinShare, Quota.MaxShare) switch
    {
        ({ } min, { } max) => $"entre {Percent(min)} et moins de {Percent(max)}",
        ({ } min, null) => $"au moins {Percent(min)}",
        (null, { } max) => $"moins de {Percent(max)}",
        _ => "sans objectif chiffré",
    };

    /// <summary>What the share is computed on, in words.</summary>
    public string BaseLabel => Quota.Base == "referrals" ? $"personnes orientées en {Year}" : $"personnes intégrées en {Year}";

    public static string Percent(decimal share) => $"{(share * 100).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} %";
}
