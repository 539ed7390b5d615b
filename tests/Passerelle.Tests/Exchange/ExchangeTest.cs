using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>Imports and exports through the real services, on a fresh database, with "today" fixed to <see cref="JourneyFiles.Today"/>.</summary>
public abstract class ExchangeTest : DatabaseTest
{
    protected async Task<JourneyImportResult> ImportAsync(string json)
    {
        await using var scope = Db.SystemScope();
        var importer = ActivatorUtilities.CreateInstance<JourneyImporter>(scope.ServiceProvider, (TimeProvider)new FixedClock(JourneyFiles.Today));
        return await importer.ImportAsync(JourneyFiles.Stream(json));
    }

    protected async Task<string> ExportAsync(string plie)
    {
        await using var scope = Db.SystemScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<JourneyExporter>().ExportAsync(plie, output);
        return JourneyFiles.Text(output);
    }

    /// <summary>What an import may change: people, identities, events, audit lines.</summary>
    protected async Task<(int Persons, int Identities, int Events, int Audit)> CountsAsync()
    {
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        return (await db.Persons.CountAsync(), await db.PersonIdentities.CountAsync(), await db.JourneyEvents.CountAsync(), await db.AuditEvents.CountAsync());
    }
}
