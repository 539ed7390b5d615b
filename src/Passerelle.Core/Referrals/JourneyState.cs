namespace Passerelle.Core.Referrals;

/// <summary>Where a known person stands, as far as a duplicate check needs to say (read from the facts).</summary>
public enum JourneyState
{
    /// <summary>No referral, integration or exit recorded.</summary>
    None,
    /// <summary>The latest referral awaits a decision (no integration, refusal or exit after it).</summary>
    ReferralPending,
    /// <summary>Integrated and not exited: an active pathway.</summary>
    InPathway,
    /// <summary>Refused or exited: nothing running.</summary>
    Closed,
}
