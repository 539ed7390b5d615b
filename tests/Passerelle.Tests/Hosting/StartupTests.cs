using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Hosting;

/// <summary>Contract §1-2: the first start creates the configured administrator, or else the demo PLIE with its logins.</summary>
public class StartupTests : DatabaseTest
{
    [Fact]
    public async Task Without_a_configured_administrator_the_first_start_seeds_the_demo_and_its_logins_work()
    {
        await using var app = Start(new Dictionary<string, string?>());
        using var client = HtmlClient.For(app);

        var (login, _) = await client.SubmitAsync("/Compte/Connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = "referente@demo.passerelle.local",
            ["Input.Password"] = DemoSeeder.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var (response, page) = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Bonjour", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Personnes que j'accompagne", page.Body!.TextContent);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Equal(Enum.GetValues<Role>().Length, await db.Users.Select(u => u.Role).Distinct().CountAsync());
        Assert.InRange(await db.Persons.CountAsync(), 250, 350);
    }

    [Fact]
    public async Task A_configured_administrator_is_created_instead_of_the_demo_and_only_once()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Passerelle:Bootstrap:AdminEmail"] = "admin@plie.test",
            ["Passerelle:Bootstrap:AdminPassword"] = "une phrase de passe assez longue",
        };
        await (await StartAndWaitAsync(settings)).DisposeAsync();
        await (await StartAndWaitAsync(settings)).DisposeAsync();

        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var admin = await db.Users.SingleAsync();
        Assert.Equal("admin@plie.test", admin.Email);
        Assert.Equal(Role.Admin, admin.Role);
        Assert.False(await db.Persons.AnyAsync());
        Assert.False(await db.Organisations.AnyAsync(o => o.Kind == OrganisationKind.Plie));
    }

    private WebApplicationFactory<Program> Start(Dictionary<string, string?> settings) =>
        new PasserelleWebFactory(Db).WithWebHostBuilder(b =>
        {
            b.UseSetting("Passerelle:Bootstrap:Skip", "false");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
        });

    private async Task<WebApplicationFactory<Program>> StartAndWaitAsync(Dictionary<string, string?> settings)
    {
        var app = Start(settings);
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        return app;
    }
}
