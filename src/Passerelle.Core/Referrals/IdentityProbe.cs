namespace Passerelle.Core.Referrals;

/// <summary>An identity to look for among the people already known (a referral, an imported line…).</summary>
public sealed record IdentityProbe(string LastName, string FirstName, string? BirthName, DateOnly BirthDate, string? FranceTravailId);
