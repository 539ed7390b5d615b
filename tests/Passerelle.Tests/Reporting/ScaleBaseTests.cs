using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Benchmarks;
using Passerelle.Core.Data;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The national-scale generator of the reporting benchmark (bench/, issue 6 item 7) at tiny size, on the suite's provider:
/// deterministic from its seed, loaded through the bulk paths into the real schema, and read back normally — the Bilan
/// quantitatif calculator agrees, PLIE by PLIE and year by year, with the benchmark's hand-written SQL.
/// </summary>
public class ScaleBaseTests : DatabaseTest
{
    private static string Rows(int seed) =>
        JsonSerializer.Serialize(new ScaleJourneys(seed, 1, "plie002", "02", ScaleBase.Agencies(1)).Generate(Guid.Empty, 100));

    [Fact]
    public void The_same_seed_draws_the_same_people_and_facts_another_seed_others()
    {
        Assert.Equal(Rows(7), Rows(7));
        Assert.NotEqual(Rows(7), Rows(8));
    }

    [Fact]
    public void Journeys_are_recorded_in_date_order_up_to_the_day_the_base_describes()
    {
        var batch = new ScaleJourneys(1, 0, "plie001", "01", ScaleBase.Agencies(0)).Generate(Guid.NewGuid(), 200);

        Assert.Equal(200, batch.People.Count);
        Assert.InRange(batch.Events.Count, 200 * 8, 200 * 16); // about ten facts a person
        foreach (var journey in batch.Events.GroupBy(e => e.PersonId))
        {
            Assert.Equal(Enumerable.Range(0, journey.Count()), journey.Select(e => e.Seq));
            Assert.Equal(journey.Select(e => e.Date).Order(), journey.Select(e => e.Date));
            Assert.Equal("referral", journey.First(e => e.Type is not "info_session").Type);
            Assert.All(journey, e => Assert.True(e.Date <= ScaleJourneys.Today && !(e.EndDate > ScaleJourneys.Today)));
        }
        Assert.Equal(200, ScaleBase.Sizes(2, 200).Sum());
    }

    [Fact]
    public async Task A_tiny_base_loads_into_the_schema_and_the_bilan_agrees_with_the_hand_written_sql()
    {
        var result = await ScaleBase.CreateAsync(Db.Options, plies: 2, people: 200, seed: 3);

        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Equal(200, await db.Persons.CountAsync());
        Assert.Equal(200, await db.PersonIdentities.CountAsync());
        Assert.Equal(result.Events, await db.JourneyEvents.LongCountAsync());
        var plies = await db.Organisations.Where(o => o.Code == "plie001" || o.Code == "plie002").OrderBy(o => o.Code).ToListAsync();
        var protocols = (await db.Protocols.AsNoTracking().ToListAsync()).ToLookup(p => p.PlieId);
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var hand = new ReportingHandSql(connection);
        var counted = 0;
        foreach (var year in new[] { 2020, 2023, 2025 })
            foreach (var plie in plies)
            {
                var report = await bilan.ComputeAsync(plie, year, null, "json");
                var options = plies.ToDictionary(p => p.Id, p => ReportingHandSql.Options([.. protocols[p.Id]], year));
                var expected = (await hand.BilanAsync(plie.Id, year, options))[plie.Id];
                Assert.Equal(ReportingBenchmark.Canonical(expected), ReportingBenchmark.Canonical([.. report.Tables]));
                counted += report.Main.Figures.Col1 + report.Main.Figures.Col14;
            }
        Assert.True(counted > 0, "the tiny base has referrals and exits in the years read");
    }

    [Fact]
    public async Task The_hand_written_sql_gives_the_figures_computed_by_hand_on_the_acceptance_dataset()
    {
        // The benchmark's lower bound is only worth its name if it is right on the borderline cases (BilanDataset:
        // re-referrals, absences then presence, a collective before the referral, exits of earlier referrals).
        await BilanDataset.ImportAsync(Db, "casa", "casa-2021-2023");

        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var plie = await db.Organisations.SingleAsync(o => o.Code == "casa");
        var protocols = await db.Protocols.AsNoTracking().Where(p => p.PlieId == plie.Id).ToListAsync();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = (await new ReportingHandSql(connection).BilanAsync(plie.Id, BilanDataset.Year,
            new Dictionary<Guid, (Passerelle.Core.Exits.ExitProtocols, bool)> { [plie.Id] = ReportingHandSql.Options(protocols, BilanDataset.Year) }))[plie.Id];

        BilanExpected.Equal(BilanExpected.Total, tables[0].Figures, "total");
        Assert.Equal([null, BilanDataset.A, BilanDataset.G, ""], tables.Select(t => t.Agency));
        BilanExpected.Equal(BilanExpected.Antibes, tables[1].Figures, "A");
        BilanExpected.Equal(BilanExpected.Grasse, tables[2].Figures, "G");
        BilanExpected.Equal(BilanExpected.NoAgency, tables[3].Figures, "N");
    }
}
