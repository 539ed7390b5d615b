namespace Passerelle.Web.Api;

/// <summary>The referral fields of contract §4.1; kind and organisation default to the caller's organisation, the date to today.</summary>
public sealed record ApiReferralFields(DateOnly? Date, string? PrescriberKind, string? PrescriberOrg, string Channel);
