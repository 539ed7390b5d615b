namespace Passerelle.Core.Organisations;

public class Organisation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public OrganisationKind Kind { get; set; }

    /// <summary>Short stable code, unique in the instance (e.g. "casa", "FT-ANTIBES").</summary>
    public required string Code { get; set; }
    public required string Name { get; set; }

    /// <summary>The carrier of a PLIE (EPCI/EPT/Métropole), when known.</summary>
    public Guid? ParentId { get; set; }

    /// <summary>INSEE code of the EPCI/EPT (carriers) or department code (Départements, agencies).</summary>
    public string? TerritoryCode { get; set; }
    public DateTime CreatedAt { get; set; }
}
