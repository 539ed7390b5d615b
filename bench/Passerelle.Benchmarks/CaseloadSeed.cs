using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Exchange;
using Passerelle.Core.Organisations;

namespace Passerelle.Benchmarks;

/// <summary>
/// The caseload benchmark's database: one PLIE (CASA protocol), <c>referents</c> referents with <c>perReferent</c>
/// people in pathway each (demo journeys, so contacts, steps, contracts, suspensions and exits vary), the other
/// demo people (refused, waiting, exited) spread among them, and the first referent's account.
/// </summary>
public static class CaseloadSeed
{
    public const string Plie = "bench";
    public const string Password = "Banc-d-essai-du-portefeuille-2026";

    public static string Referent(int i) => $"referent{i + 1:00}@bench.test";

    public static async Task<int> CreateAsync(DatabaseOptions options, int referents, int perReferent, DateOnly today)
    {
        await using var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            await db.Database.MigrateAsync();
            // As the web application's start-up does (Hosting/StartupTasks.cs), so that the probe sees the same file.
            if (options.Provider == DatabaseProvider.Sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            await organisations.CreatePlieAsync(Plie, "PLIE de banc d'essai", "casa-2021-2023");
            await organisations.CreateUserAsync(Referent(0), Plie, Role.Referent, Password);
        }
        var file = Assign(DemoJourneys.Generate(Plie, referents * perReferent * 6, 7, today), referents, perReferent);
        await using (var scope = services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench");
            using var buffer = new MemoryStream();
            await JourneyWriter.WriteAsync(file, buffer);
            buffer.Position = 0;
            await scope.ServiceProvider.GetRequiredService<JourneyImporter>().ImportAsync(buffer);
        }
        return file.Persons.Count;
    }

    // Fills each referent with perReferent people in pathway (latest integration with no exit after it); the rest of
    // the integrated people go round the referents, the surplus in pathway to a referent nobody signs in as.
    private static JourneyFile Assign(JourneyFile file, int referents, int perReferent)
    {
        var filled = 0;
        var other = 0;
        var persons = file.Persons.Select(p =>
        {
            var last = p.Events.LastOrDefault(e => e.Type == "integration");
            if (last is null) return p;
            var inPathway = !p.Events.Any(e => e.Type == "exit" && e.Date >= last.Date);
            var referent = inPathway
                ? filled < referents * perReferent ? Referent(filled++ / perReferent) : "surplus@bench.test"
                : Referent(other++ % referents);
            return p with { Events = [.. p.Events.Select(e => e.Type == "integration" ? e with { Referent = referent } : e)] };
        }).ToList();
        if (filled < referents * perReferent)
            throw new InvalidOperationException($"Only {filled} people in pathway drawn; raise the count.");
        return file with { Persons = persons };
    }
}
