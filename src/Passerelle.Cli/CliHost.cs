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
}
