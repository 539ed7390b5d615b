namespace Passerelle.Core.Referrals;

/// <summary>
/// A problem with a referral: the field as a path in the request (<c>person.birthDate</c>, <c>referral.channel</c>,
/// <c>plie</c>, <c>attachTo</c>; "" for the whole request) and a French message that names the field.
/// </summary>
public sealed record ReferralError(string Field, string Message);
