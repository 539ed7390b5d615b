using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

public class CommonPasswordValidatorTests : DatabaseTest
{
    [Fact]
    public async Task The_command_line_refuses_a_common_password_too()
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            service.CreateUserAsync("agent@casa.test", "casa", Role.Referent, "motdepasse123"));

        Assert.Equal("password", e.Field);
        Assert.Contains("les plus courants", e.Message);
    }

    [Fact]
    public async Task A_password_holding_the_address_is_refused()
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var service = scope.ServiceProvider.GetRequiredService<OrganisationService>();

        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            service.CreateUserAsync("camille.durand@casa.test", "casa", Role.Referent, "durand-et-fils-2026"));

        Assert.Contains("adresse électronique", e.Message);
    }
}
