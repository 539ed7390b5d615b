namespace Passerelle.Core.Commission;

/// <summary>
/// A referent's judgement on an eligibility rule the data cannot settle (contract §5: <c>passed: null</c>, e.g.
/// « able and willing », 003 art. 3; « mobilisable », 001 art. 2-1): met or not, for which person, on which date of
/// evaluation, by whom and when. The latest review of a rule is the one that counts. Tenant-owned.
/// </summary>
public class EligibilityReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid PersonId { get; set; }

    /// <summary>The protocol rule's id (<see cref="Protocols.EligibilityRule.Id"/>).</summary>
    public required string RuleId { get; set; }
    public bool Met { get; set; }

    /// <summary>The date the eligibility was evaluated on when the referent judged.</summary>
    public DateOnly On { get; set; }
    public Guid? ReviewedBy { get; set; }
    public DateTime ReviewedAt { get; set; }
}
