namespace Passerelle.Core.Referrals;

/// <summary>What became of a referral with respect to the people already known (stored on <see cref="ReferralSheet.Decision"/>).</summary>
public static class ReferralDecisions
{
    /// <summary>Nobody matched: a new person.</summary>
    public const string New = "new";

    /// <summary>Duplicates were suspected and the sender confirmed it is another person.</summary>
    public const string NewConfirmed = "new_confirmed";

    /// <summary>The sender attached the referral to a person the PLIE already knew.</summary>
    public const string Attached = "attached";
}
