namespace Passerelle.Core.Commission;

/// <summary>
/// A sitting of the integration commission (CISP at Martigues, 002 art. 3-4 b and 5-1 c; CGP at COV, 001 art. 2-3 and
/// 2-4 a) or, where the protocol has no commission validating integrations, a validation by list (000 art. 3-4 b,
/// 003 art. 3). <see cref="Kind"/> is a code of <see cref="CommissionCodes.SessionKinds"/>. Tenant-owned.
/// </summary>
public class CommissionSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public DateOnly Date { get; set; }
    public required string Kind { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<CommissionItem> Items { get; set; } = [];
}
