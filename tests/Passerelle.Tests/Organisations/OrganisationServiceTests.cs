using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Organisations;

public class OrganisationServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_plie_is_created_with_the_protocol_of_its_preset()
    {
        var plie = await Seed.PlieAsync(Db, "casa", "casa-2021-2023");

        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var protocol = await db.Protocols.SingleAsync(p => p.PlieId == plie.Id);
        Assert.Equal("casa-2021-2023", protocol.Preset);
        Assert.Equal(OrganisationKind.Plie, plie.Kind);
    }

    [Theory]
    [InlineData("inconnu")]
    [InlineData("")]
    public async Task An_unknown_preset_is_refused_and_nothing_is_created(string preset)
    {
        await using var scope = Db.SystemScope();
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var e = await Assert.ThrowsAsync<ValidationException>(() => service.CreatePlieAsync("x", "X", preset));

        Assert.Equal("preset", e.Field);
        Assert.False(await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Organisations.AnyAsync());
    }

    [Fact]
    public async Task A_duplicate_code_is_refused_and_the_first_plie_stays()
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var e = await Assert.ThrowsAsync<ValidationException>(() => service.CreatePlieAsync("casa", "Autre", "cov-2020-2022"));

        Assert.Equal("code", e.Field);
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Equal("PLIE casa", (await db.Organisations.SingleAsync()).Name);
        Assert.Equal(1, await db.Protocols.CountAsync());
    }

    [Theory]
    [InlineData(Role.Referent, OrganisationKind.FranceTravailAgency)]
    [InlineData(Role.FtCounsellor, OrganisationKind.Plie)]
    [InlineData(Role.SocialWorker, OrganisationKind.Plie)]
    public async Task A_role_outside_its_kind_of_organisation_is_refused(Role role, OrganisationKind kind)
    {
        if (kind == OrganisationKind.Plie) await Seed.PlieAsync(Db, "org");
        else await Seed.OrganisationAsync(Db, kind, "org");

        var e = await Assert.ThrowsAsync<ValidationException>(() => Seed.UserAsync(Db, "org", role));

        Assert.Equal("role", e.Field);
    }

    [Theory]
    [InlineData("court")]
    [InlineData("onze-carac")]
    public async Task A_password_under_12_characters_is_refused(string password)
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var e = await Assert.ThrowsAsync<ValidationException>(() => service.CreateUserAsync("a@b.fr", "casa", Role.Referent, password));

        Assert.Equal("password", e.Field);
        Assert.Contains("12 caractères", e.Message);
    }

    [Fact]
    public async Task An_api_key_is_stored_hashed_and_shown_once()
    {
        await Seed.PlieAsync(Db, "casa");
        var user = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        await using var scope = Db.SystemScope();

        var (key, secret) = await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(user.Email!, "test");

        var stored = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().ApiKeys.AsNoTracking().SingleAsync();
        Assert.NotEqual(secret, stored.Hash);
        Assert.Equal(OrganisationService.HashKey(secret), stored.Hash);
        Assert.DoesNotContain(secret, stored.Prefix + stored.Name);
        Assert.Equal(key.Id, stored.Id);
    }
}
