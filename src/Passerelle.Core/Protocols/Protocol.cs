namespace Passerelle.Core.Protocols;

/// <summary>A protocol in force for a PLIE over a period, stored as its JSON definition.</summary>
public class Protocol
{
    private ParsedDefinition? parsed;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid PlieId { get; set; }
    public required string Preset { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidTo { get; set; }
    public required string DefinitionJson { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// <see cref="DefinitionJson"/> parsed, once per row and JSON text: read again only when the JSON changes. Every
    /// request materialises new rows, so the parse is also shared by JSON text (<see cref="ProtocolDefinitionCache"/>).
    /// </summary>
    public ProtocolDefinition Definition
    {
        get
        {
            // One reference read and write: concurrent readers at worst parse twice, never see a half-built pair.
            var json = DefinitionJson;
            var current = parsed;
            if (current is null || !ReferenceEquals(current.Json, json) && current.Json != json)
                parsed = current = new ParsedDefinition(json, ProtocolDefinitionCache.Parse(json));
            return current.Definition;
        }
    }

    private sealed record ParsedDefinition(string Json, ProtocolDefinition Definition);
}
