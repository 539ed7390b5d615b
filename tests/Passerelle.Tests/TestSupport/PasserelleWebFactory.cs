using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;

namespace Passerelle.Tests.TestSupport;

/// <summary>The real web host (Program) on a test database; no demo seeding; « today » from <paramref name="clock"/> when given.</summary>
public sealed class PasserelleWebFactory(TestDatabase database, TimeProvider? clock = null) : WebApplicationFactory<Program>
{
    // Each host otherwise watches its configuration files and content root with inotify, whose instances are limited per
    // user (128 by default): parallel suites (SQLite, PostgreSQL, another worktree) ran out of them. Tests never reload.
    static PasserelleWebFactory()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Passerelle:Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Passerelle", database.Options.ConnectionString);
        builder.UseSetting("Passerelle:Database:MigrateOnStart", "true");
        builder.UseSetting("Passerelle:Bootstrap:Skip", "true");
        builder.UseSetting("Passerelle:DataProtection:KeysPath", Path.Combine(Path.GetTempPath(), "passerelle-test-keys"));
        if (clock is not null) builder.ConfigureTestServices(s => s.AddSingleton(clock));
    }

    public DatabaseProvider Provider => database.Options.Provider;
}
