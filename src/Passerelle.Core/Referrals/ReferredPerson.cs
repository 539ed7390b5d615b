using Passerelle.Core.Exchange;

namespace Passerelle.Core.Referrals;

/// <summary>
/// The person a fiche de liaison describes: the identity and situation of contract §4's <c>person</c> object (without
/// <c>ref</c>, which is the PLIE's, nor events), plus the birth name. Values as typed: <see cref="ReferralService"/> checks them.
/// </summary>
public sealed record ReferredPerson
{
    public string? LastName { get; init; }
    public string? FirstName { get; init; }

    /// <summary>Birth (maiden) name, when it differs from the usage name.</summary>
    public string? BirthName { get; init; }
    public DateOnly? BirthDate { get; init; }

    /// <summary>"F" or "M".</summary>
    public string? Sex { get; init; }
    public string? CommuneInsee { get; init; }
    public string? FranceTravailId { get; init; }
    public SituationDto Situation { get; init; } = new();
}
