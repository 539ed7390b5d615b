namespace Passerelle.Core.Referrals;

/// <summary>What an import does with one line of a France Travail referral list.</summary>
public enum ReferralListAction
{
    /// <summary>Nobody known matches: a new person with a <c>referral</c> fact.</summary>
    Create,
    /// <summary>A person of the PLIE with the same France Travail id (and agreeing names) gets a new <c>referral</c> fact.</summary>
    Attach,
    /// <summary>The same referral (same person, agency and prescription date) was imported before and the list now says otherwise.</summary>
    Update,
    /// <summary>The same referral was imported before with the same values: nothing to write.</summary>
    Unchanged,
    /// <summary>A suspected duplicate: the user chooses (create, attach to a candidate, or leave the line out).</summary>
    Decide,
    /// <summary>Left out by the user's choice (never silently).</summary>
    Skip,
}
