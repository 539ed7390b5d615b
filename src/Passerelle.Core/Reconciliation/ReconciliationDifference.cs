namespace Passerelle.Core.Reconciliation;

/// <summary>
/// One difference found by a reconciliation: its kind (<see cref="DifferenceKinds"/>), the person concerned (null for an
/// identifier unknown to the PLIE, then <see cref="FranceTravailId"/> says which: the only identity kept, so that France
/// Travail can be asked), the line of the list, and the two dates compared (the PLIE's and France Travail's) where the kind
/// has dates. Codes and dates only. Tenant-owned.
/// </summary>
public class ReconciliationDifference
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public Guid ReconciliationId { get; set; }
    public required string Kind { get; set; }
    public Guid? PersonId { get; set; }
    public string? FranceTravailId { get; set; }
    public int? Line { get; set; }

    /// <summary>The PLIE's date: exit, integration, end of the IAE contract, PNI start or end as the PLIE reads it.</summary>
    public DateOnly? PlieDate { get; set; }

    /// <summary>France Travail's date: delegation start or end as listed.</summary>
    public DateOnly? FranceTravailDate { get; set; }
}
