namespace Passerelle.Core.Referrals;

/// <summary>How far a referred person went, as the prescriber follows it (in this order).</summary>
public enum ReferralStage
{
    Referred,
    FirstContact,
    Diagnostic,
    Integrated,
    Refused,
    Exited,
}
