namespace Passerelle.Core.Commission;

/// <summary>
/// A file on a session's agenda (<see cref="Kind"/>, <see cref="CommissionCodes.ItemKinds"/>): an integration request,
/// an extension of the pathway, the validation of an atypical exit. The decision, once taken, is final: an adjourned
/// file goes on a later session as a new item. <see cref="FactId"/> is the journey fact the decision recorded or
/// changed (integration, refusal, extension; the exit for an atypical exit), none for an adjournment or a denied extension.
/// </summary>
public class CommissionItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid SessionId { get; set; }
    public Guid PersonId { get; set; }
    public required string Kind { get; set; }
    public Guid? ProposedBy { get; set; }
    public DateTime ProposedAt { get; set; }

    /// <summary>A code of <see cref="CommissionCodes.Decisions"/>; null until decided.</summary>
    public string? Decision { get; set; }

    /// <summary>Refusal reason (contract §4.1 <c>refusal.reason</c>, 000 data annex), for a refusal or a re-orientation.</summary>
    public string? Reason { get; set; }

    /// <summary>Where the person is re-oriented (<see cref="CommissionCodes.Reorientations"/>).</summary>
    public string? Reorientation { get; set; }

    /// <summary>E-mail of the referent named by an integration (the integration fact carries it too).</summary>
    public string? Referent { get; set; }

    /// <summary>Months of extension granted (an <c>extension</c> file granted).</summary>
    public int? Months { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? DecidedAt { get; set; }
    public Guid? FactId { get; set; }
}
