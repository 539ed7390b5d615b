using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Core.Data;

namespace Passerelle.Tests.TestSupport;

/// <summary>The real web host (Program) on a test database; no demo seeding.</summary>
public sealed class PasserelleWebFactory(TestDatabase database) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Passerelle:Database:Provider", database.Options.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Passerelle", database.Options.ConnectionString);
        builder.UseSetting("Passerelle:Database:MigrateOnStart", "true");
        builder.UseSetting("Passerelle:Bootstrap:Skip", "true");
        builder.UseSetting("Passerelle:DataProtection:KeysPath", Path.Combine(Path.GetTempPath(), "passerelle-test-keys"));
    }

    public DatabaseProvider Provider => database.Options.Provider;
}
