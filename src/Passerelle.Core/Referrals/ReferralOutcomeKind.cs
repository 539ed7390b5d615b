namespace Passerelle.Core.Referrals;

public enum ReferralOutcomeKind
{
    /// <summary>Recorded: a new person, or the referral attached to a known one.</summary>
    Recorded,
    /// <summary>Bad input: nothing written.</summary>
    Invalid,
    /// <summary>Possible duplicates or a pathway elsewhere: nothing written until the sender confirms or attaches.</summary>
    DuplicatesSuspected,
}
