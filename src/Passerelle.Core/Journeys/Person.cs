namespace Passerelle.Core.Journeys;

/// <summary>
/// The anonymous anchor of a journey. It holds only what reports need (sex, birth year, commune, situation);
/// the identity lives in <see cref="PersonIdentity"/> so that retention can erase it while past years' figures
/// stay computable (architecture.md, "The shape"; domain.md, "Personal data").
/// </summary>
public class Person
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }

    /// <summary>Reference unique within the PLIE (the former software's id on migration).</summary>
    public required string Ref { get; set; }

    /// <summary>"F" or "M".</summary>
    public required string Sex { get; set; }
    public int BirthYear { get; set; }
    public required string CommuneInsee { get; set; }
    public Situation Situation { get; set; } = new();
    public PersonIdentity? Identity { get; set; }
    public List<JourneyEvent> Events { get; set; } = [];
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
