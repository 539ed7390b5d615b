using Passerelle.Core;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Tests.Referentials;

public class CommuneReferentialTests
{
    private static readonly CommuneReferential Referential = CommuneReferential.Shared;

    [Fact]
    public void Casa_has_the_24_communes_of_protocol_article_2()
    {
        // Arrange: 003 art. 2, « les vingt-quatre communes de la Communauté d'Agglomération Sophia Antipolis ».
        const string casa = "240600585";

        // Act
        var communes = Referential.CommunesOfEpci(casa).Select(c => c.Insee).ToList();

        // Assert
        Assert.Equal(24, communes.Count);
        Assert.Contains("06004", communes); // Antibes Juan-les-Pins
        Assert.Contains("06152", communes); // Valbonne Sophia Antipolis
        Assert.Contains("06155", communes); // Vallauris Golfe-Juan
        Assert.Equal("CA", Referential.Epci(casa)?.Nature);
    }

    [Theory]
    [InlineData("06004", "Antibes", "06", "93", "240600585")]
    [InlineData("94022", "Choisy-le-Roi", "94", "11", "200054781")]
    [InlineData("94054", "Orly", "94", "11", "200054781")]
    [InlineData("94077", "Villeneuve-le-Roi", "94", "11", "200054781")]
    [InlineData("13056", "Martigues", "13", "93", "200054807")]
    [InlineData("13077", "Port-de-Bouc", "13", "93", "200054807")]
    [InlineData("13098", "Saint-Mitre-les-Remparts", "13", "93", "200054807")]
    public void Finds_the_seed_communes_by_insee_code(string insee, string name, string department, string region, string epci)
    {
        var commune = Referential.Find(insee);

        Assert.NotNull(commune);
        Assert.Equal(name, commune.Name);
        Assert.Equal(department, commune.Department);
        Assert.Equal(region, commune.Region);
        Assert.Equal(epci, commune.EpciCode);
    }

    [Fact]
    public void Cov_communes_belong_to_the_ept_grand_orly_seine_bievre()
    {
        // 001: the PLIE COV is carried by the EPT Grand-Orly Seine Bièvre, inside the Métropole du Grand Paris.
        var ept = Referential.Epci("200058014");

        Assert.NotNull(ept);
        Assert.True(ept.IsEpt);
        Assert.Equal("200058014", Referential.Find("94054")?.EptCode);
        Assert.Contains(Referential.CommunesOfEpci("200058014"), c => c.Insee == "94077");
    }

    [Fact]
    public void Territory_is_its_communes_plus_the_communes_of_its_epci()
    {
        var territory = new Territory(["13056"], ["240600585"], "test");

        var codes = Referential.ResolveTerritory(territory);

        Assert.Equal(25, codes.Count);
        Assert.Contains("13056", codes);
        Assert.Contains("06155", codes);
    }

    [Fact]
    public void Territory_with_an_unknown_code_is_refused_with_the_code()
    {
        var territory = new Territory(["99999"], ["123456789"], "test");

        var error = Assert.Throws<ValidationException>(() => Referential.ResolveTerritory(territory));

        Assert.Contains("99999", error.Message);
        Assert.Contains("123456789", error.Message);
    }

    [Theory]
    [InlineData("13201", "13055")] // Marseille 1er arrondissement
    [InlineData("75120", "75056")] // Paris 20e arrondissement
    public void Arrondissement_codes_are_not_communes_but_resolve_to_theirs(string code, string expected)
    {
        Assert.Null(Referential.Find(code));
        Assert.Equal(expected, Referential.FindCurrent(code)?.Insee);
    }

    [Fact]
    public void Unknown_codes_are_not_found()
    {
        Assert.Null(Referential.Find("00000"));
        Assert.Null(Referential.FindCurrent("00000"));
        Assert.Null(Referential.Epci("000000000"));
        Assert.Empty(Referential.CommunesOfEpci("000000000"));
    }

    [Fact]
    public void Concurrent_first_use_loads_one_consistent_referential()
    {
        var fresh = new CommuneReferential();

        var counts = Enumerable.Range(0, 8).AsParallel().Select(_ => fresh.CommunesOfEpci("240600585").Count).ToList();

        Assert.All(counts, count => Assert.Equal(24, count));
        Assert.True(fresh.Communes.Count > 34_000);
    }
}
