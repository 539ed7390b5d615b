namespace Passerelle.Web.Api;

/// <summary>201: the person the referral concerns (new, or the known one it was attached to) and the referral fact.</summary>
public sealed record ApiReferralCreated(Guid PersonId, Guid ReferralId, bool Attached);
