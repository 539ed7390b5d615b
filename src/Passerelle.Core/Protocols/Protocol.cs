namespace Passerelle.Core.Protocols;

/// <summary>A protocol in force for a PLIE over a period, stored as its JSON definition.</summary>
public class Protocol
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public required string Preset { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public required string DefinitionJson { get; set; }
    public DateTime CreatedAt { get; set; }

    public ProtocolDefinition Definition => ProtocolPresets.Parse(DefinitionJson);
}
