using Passerelle.Core.Exchange;

namespace Passerelle.Core.Referrals;

/// <summary>One checked line of a list on its way through <see cref="ReferralListImport"/>: what it says, what matched, what to do.</summary>
internal sealed class ReferralListEntry(ReferralWorkbookRow row, ReferredPerson person, JourneyEventDto fact, Guid agencyId)
{
    public ReferralWorkbookRow Row => row;
    public ReferredPerson Person => person;
    public JourneyEventDto Fact => fact;
    public Guid AgencyId => agencyId;
    public DuplicateReport Report { get; set; } = DuplicateReport.Empty;
    public IReadOnlyList<ReferralListCandidate> Candidates { get; set; } = [];
    public ReferralListAction Action { get; set; }

    /// <summary>The person attached to or updated.</summary>
    public Guid? Target { get; set; }

    /// <summary>For an update: the referral fact imported before.</summary>
    public Guid? Referral { get; set; }

    /// <summary>For a line to decide: the user's valid choice, if any.</summary>
    public ReferralListChoice? Choice { get; set; }

    /// <summary>
    /// The candidates (that may be attached) who already have this referral — same agency and prescription date — with
    /// whether the line would change it: attaching the line to one of them updates that referral instead of adding one.
    /// </summary>
    public Dictionary<Guid, (Guid Referral, bool Differs)> Previous { get; } = [];

    /// <summary>Whether duplicates were suspected (the sheet records a confirmed new person then).</summary>
    public bool Suspected { get; set; }
}
