using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Demo;
using Passerelle.Core.Exchange;
using Passerelle.Core.Referentials;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

public class DemoJourneysTests : DatabaseTest
{
    [Fact]
    public async Task The_demo_file_passes_the_validator_and_never_goes_past_today()
    {
        var today = new DateOnly(2026, 3, 15);
        var file = DemoJourneys.Generate("demo", 1000, 7, today);
        using var buffer = new MemoryStream();
        await JourneyWriter.WriteAsync(file, buffer);
        buffer.Position = 0;

        var result = await new JourneyFileValidator(CommuneReferential.Shared).ValidateAsync(buffer, today, c => c == "demo");

        Assert.Empty(result.Errors);
        Assert.Equal(1000, result.Persons);
        var events = file.Persons.SelectMany(p => p.Events).ToList();
        Assert.InRange(events.Count / 1000.0, 6, 16);
        Assert.All(events, e => Assert.True((e.Date ?? e.Start) <= today));
        Assert.Contains(events, e => e.Type == "exit" && e.Proofs!.Count == 0 && e.Reason == "employment");
        Assert.Contains(events, e => e.Type == "contract" && e.Kind == "temp" && e.HoursWorked is not null);
        Assert.Contains(events, e => e.Type == "refusal" && e.Reason == "absent");
        Assert.InRange(file.Persons.Count(p => p.Situation.Rsa) / 1000.0, 0.55, 0.68);
    }

    [Fact]
    public async Task The_demo_file_is_the_same_for_the_same_seed()
    {
        var today = new DateOnly(2026, 3, 15);
        async Task<byte[]> Bytes(int seed)
        {
            using var buffer = new MemoryStream();
            await JourneyWriter.WriteAsync(DemoJourneys.Generate("demo", 200, seed, today), buffer);
            return buffer.ToArray();
        }

        Assert.Equal(await Bytes(1), await Bytes(1));
        Assert.NotEqual(await Bytes(1), await Bytes(2));
    }

    [Fact]
    public async Task The_demo_seeder_imports_its_people_through_the_importer()
    {
        await using (var scope = Db.SystemScope())
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();

        await using var check = Db.SystemScope();
        var db = check.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Equal(DemoSeeder.People, await db.Persons.CountAsync());
        Assert.Equal(DemoSeeder.People, await db.AuditEvents.CountAsync(a => a.Action == "person.import.create"));
    }
}
