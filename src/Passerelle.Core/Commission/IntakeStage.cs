namespace Passerelle.Core.Commission;

/// <summary>Where a referred person stands before the integration decision (domain.md, journey steps 1-4).</summary>
public enum IntakeStage
{
    /// <summary>No referral recorded.</summary>
    None,
    /// <summary>Referred, not yet received (or absent at the first contact).</summary>
    AwaitingFirstContact,
    /// <summary>Received at a first contact, the diagnostic not opened yet (it opens at the first individual interview, 000 art. 3-4 b).</summary>
    FirstContactDone,
    /// <summary>In the diagnostic phase (« phase diagnostic / pré-entrée »).</summary>
    Diagnostic,
    /// <summary>Refused (or re-oriented) after the latest referral.</summary>
    Refused,
    /// <summary>Integrated, pathway running.</summary>
    InPathway,
    /// <summary>Integrated then exited, no new referral since.</summary>
    Exited,
}
