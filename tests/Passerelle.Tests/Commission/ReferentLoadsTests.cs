using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>
/// Caseloads against the protocol's norm when a referent is chosen: 45 to 65 (000 art. 3-3), 70 (001 art. 2-3), at least 60
/// (002 art. 3-3). A referent change moves a person (docs/journey-format.md); an exit takes them out.
/// </summary>
public class ReferentLoadsTests : CommissionTest
{
    [Theory]
    [InlineData("casa-2021-2023", "45 à 65", "below")]
    [InlineData("cov-2020-2022", "70 au plus", "within")]
    [InlineData("martigues-2023-2027", "60 au moins", "below")]
    public async Task Each_referent_of_the_plie_is_listed_with_the_people_they_follow_today_and_the_norm(string preset, string norm, string position)
    {
        await ArrangePlieAsync(preset, preset.Split('-')[0]);
        var other = await Seed.UserAsync(Db, Plie.Code, Role.Referent, $"autre@{Plie.Code}.test");
        await Seed.UserAsync(Db, Plie.Code, Role.Coordinator);
        await PersonAsync(Intakes.InPathway(Referent.Email!));
        await PersonAsync(Intakes.InPathway(Referent.Email!.ToUpperInvariant()));
        // Handed over to the other referent; and one who left the PLIE.
        await PersonAsync(_ => [.. Intakes.InPathway(Referent.Email!)(default), new ReferentChangeEvent { Date = Intakes.Today.AddDays(-5), Referent = other.Email!, Reason = "absence" }]);
        await PersonAsync(_ => [.. Intakes.InPathway(Referent.Email!)(default), new ExitEvent { Date = Intakes.Today.AddDays(-2), Reason = "moved" }]);

        var loads = await AsAsync<ReferentLoads, IReadOnlyList<ReferentLoad>>(Coordinator, l => l.ListAsync(Intakes.Today));

        Assert.Equal([(Referent.Email!, 2), (other.Email!, 1)], loads.Select(l => (l.Email, l.InPathway)).OrderByDescending(x => x.InPathway));
        Assert.All(loads, l => Assert.Equal(norm, l.Norm));
        Assert.Equal(position, loads.Single(l => l.Email == Referent.Email).Position);
        Assert.Equal($"referente – 2 personnes en parcours (norme : {norm})", loads.Single(l => l.Email == Referent.Email).Label);
    }

    [Theory]
    [InlineData(44, "below")]
    [InlineData(45, "within")]
    [InlineData(65, "within")]
    [InlineData(66, "above")]
    public void CASA_norm_borders_000_art_3_3(int people, string position) =>
        Assert.Equal(position, new ReferentLoad(Guid.NewGuid(), "r@p.test", "R", people, 45, 65, null).Position);

    [Theory]
    [InlineData(70, "within")]
    [InlineData(71, "above")]
    public void COV_norm_of_70_001_art_2_3(int people, string position) =>
        Assert.Equal(position, new ReferentLoad(Guid.NewGuid(), "r@p.test", "R", people, null, 70, 70).Position);
}
