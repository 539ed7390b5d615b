using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Cli;

/// <summary>
/// Runs one verb in a service scope acting as the system (the administrator's shell), and turns bad input into
/// French messages on standard error with exit code 2.
/// </summary>
public static class CliHost
{
    public static async Task<int> RunAsync(string verb, Func<IServiceProvider, CancellationToken, Task<int>> action, CancellationToken ct)
    {
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .Build();
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IConfiguration>(configuration)
                .AddPasserelleCore(DatabaseOptions.From(configuration));
            await using var provider = services.BuildServiceProvider();
            await using var scope = provider.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, verb);
            if (verb != "migrate" && await SchemaReadyAsync(scope.ServiceProvider, ct) is { } problem)
            {
                await Console.Error.WriteLineAsync($"erreur : base de données : {problem}");
                return 2;
            }
            return await action(scope.ServiceProvider, ct);
        }
        catch (ValidationException e)
        {
            await Console.Error.WriteLineAsync($"erreur : {e.Field} : {e.Message}");
            return 2;
        }
        catch (InvalidOperationException e) when (e.Message.Contains("Passerelle__", StringComparison.Ordinal) || e.Message.Contains("ConnectionStrings__", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"erreur : configuration : {e.Message}");
            return 2;
        }
    }

    /// <summary>
    /// Like the web host: the embedded SQLite database is created or upgraded on the spot; a PostgreSQL one is
    /// upgraded by `migrate` only (its administrator chooses when), so a pending migration is reported instead.
    /// </summary>
    private static async Task<string?> SchemaReadyAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PasserelleDbContext>();
        if (!(await db.Database.GetPendingMigrationsAsync(ct)).Any()) return null;
        if (services.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres)
            return "le schéma n'est pas à jour ; lancez d'abord « ./passerelle migrate ».";
        await db.Database.MigrateAsync(ct);
        return null;
    }
}
