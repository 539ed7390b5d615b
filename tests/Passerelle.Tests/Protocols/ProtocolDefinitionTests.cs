using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Protocols;

/// <summary><see cref="Protocol.Definition"/> is parsed once per JSON text, and again when the JSON changes.</summary>
public class ProtocolDefinitionTests
{
    private static Protocol Row(string preset) => new() { Preset = preset, DefinitionJson = ProtocolPresets.Json(preset) };

    [Fact]
    public void The_definition_is_parsed_once_and_shared_by_rows_with_the_same_json()
    {
        var row = Row("casa-2021-2023");
        var same = Row("casa-2021-2023");

        Assert.Same(row.Definition, row.Definition);
        Assert.Same(row.Definition, same.Definition);
        Assert.Equal(24, row.Definition.Pathway.MaxMonths);
    }

    [Fact]
    public void A_changed_json_gives_the_new_definition()
    {
        var row = Row("casa-2021-2023");
        var before = row.Definition;

        row.DefinitionJson = ProtocolPresets.Json("martigues-2023-2027");

        Assert.Equal("casa-2021-2023", before.Preset);
        Assert.Equal("martigues-2023-2027", row.Definition.Preset);
        Assert.Equal(18, row.Definition.Pathway.MaxMonths);
    }

    [Fact]
    public void Concurrent_readers_all_get_the_definition_of_the_json()
    {
        var row = Row("cov-2020-2022");

        var presets = Enumerable.Range(0, 64).AsParallel().Select(_ => row.Definition.Preset).Distinct().ToList();

        Assert.Equal(["cov-2020-2022"], presets);
    }
}
