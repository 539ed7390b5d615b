namespace Passerelle.Core.Commission;

/// <summary>
/// A referent of the PLIE and the people whose pathway they follow today, against the protocol's norm
/// (<see cref="Protocols.Caseload"/>: 45-65 at CASA, 70 at COV, at least 60 at Martigues).
/// </summary>
public sealed record ReferentLoad(Guid UserId, string Email, string DisplayName, int InPathway, int? NormMin, int? NormMax, int? NormAverage)
{
    /// <summary><c>below</c>, <c>within</c> or <c>above</c> the norm; null when the protocol sets none.</summary>
    public string? Position
    {
        get
        {
            if (NormMax is { } max && InPathway > max) return "above";
            if (NormMin is { } min && InPathway < min) return "below";
            if (NormMin is null && NormMax is null)
                return NormAverage is { } average ? (InPathway > average ? "above" : "within") : null;
            return "within";
        }
    }

    /// <summary>The norm in words: « 45 à 65 », « 70 au plus », « 60 au moins ».</summary>
    public string Norm => (NormMin, NormMax, NormAverage) switch
    {
        ({ } min, { } max, _) => $"{min} à {max}",
        (null, { } max, _) => $"{max} au plus",
        ({ } min, null, _) => $"{min} au moins",
        (null, null, { } avg) => $"{avg} en moyenne",
        _ => "non fixée",
    };

    public string Label => $"{DisplayName} – {InPathway} personne{(InPathway > 1 ? "s" : "")} en parcours (norme : {Norm})";
}
