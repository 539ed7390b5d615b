using Microsoft.EntityFrameworkCore;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Organisations;

namespace Passerelle.Web.Hosting;

/// <summary>
/// At start-up: migrate the embedded SQLite database and put it in write-ahead-log mode (PostgreSQL is migrated by
/// `./passerelle migrate`, or here when Passerelle__Database__MigrateOnStart is true), then create the first administrator from configuration,
/// or, when none is configured and the database has no user, the demo PLIE (contract §1-2).
/// </summary>
public static class StartupTasks
{
    public static async Task RunAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<PasserelleDbContext>();
        var options = sp.GetRequiredService<DatabaseOptions>();
        var config = app.Configuration;
        if (options.Provider == DatabaseProvider.Sqlite || config.GetValue<bool>("Passerelle:Database:MigrateOnStart"))
            await db.Database.MigrateAsync();
        // Write-ahead log: readers no longer wait for a writer's commit, nor a writer for readers (every page that
        // shows people writes its audit line). A property of the file, kept once set (data/passerelle.db-wal and -shm
        // go with the database).
        if (options.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (config.GetValue("Passerelle:Bootstrap:Skip", false) || await db.Users.AnyAsync()) return;

        sp.GetRequiredService<ActorContext>().SetSystem(Channel.System, "startup");
        var email = config["Passerelle:Bootstrap:AdminEmail"];
        var password = config["Passerelle:Bootstrap:AdminPassword"];
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("Passerelle.Startup");
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrWhiteSpace(password))
        {
            var organisations = sp.GetRequiredService<OrganisationService>();
            var platform = await db.Organisations.FirstOrDefaultAsync(o => o.Kind == OrganisationKind.Platform)
                ?? await organisations.CreateOrganisationAsync(OrganisationKind.Platform, "plateforme", "Plateforme Passerelle");
            await organisations.CreateUserAsync(email, platform.Code, Role.Admin, password, "Administrateur");
            logger.LogInformation("Premier administrateur créé depuis la configuration.");
            return;
        }
        var demo = await sp.GetRequiredService<DemoSeeder>().SeedAsync();
        Console.WriteLine();
        Console.WriteLine("Base de démonstration créée (PLIE fictif « demo », préréglage CASA). Comptes (mot de passe commun) :");
        Console.WriteLine($"  mot de passe : {DemoSeeder.Password}");
        foreach (var (login, role) in demo.Logins) Console.WriteLine($"  {login,-40} {role}");
        Console.WriteLine();
    }

    /// <summary>Tells the person who started the application where to open it.</summary>
    public static void PrintAddresses(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
            Console.WriteLine($"Passerelle est prête : ouvrez {address} dans un navigateur.");
    }
}
