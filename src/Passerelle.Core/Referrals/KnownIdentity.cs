namespace Passerelle.Core.Referrals;

/// <summary>The identity of a person already recorded, as the duplicate check reads it (never shown as such).</summary>
internal sealed record KnownIdentity(Guid PlieId, Guid PersonId, string LastName, string FirstName, string? BirthName, DateOnly BirthDate, string? FranceTravailId);
