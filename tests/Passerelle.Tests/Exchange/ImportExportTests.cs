using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exchange;

/// <summary>Contract §4: import, idempotence, update, tenant isolation, audit, and an exact round trip.</summary>
public class ImportExportTests : ExchangeTest
{
    [Fact]
    public async Task A_valid_file_creates_its_people_with_identity_apart_and_events_in_file_order()
    {
        await Seed.PlieAsync(Db, "casa");

        var result = await ImportAsync(JourneyFiles.Valid);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal(("casa", 2, 0, 0), (result.Plie, result.Created, result.Updated, result.Unchanged));
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var awa = await db.Persons.Include(p => p.Identity).Include(p => p.Events).SingleAsync(p => p.Ref == "LEGACY-000123");
        Assert.Equal(1981, awa.BirthYear);
        Assert.Equal("MARTIN AWA", awa.Identity!.SearchKey);
        Assert.Equal("1234567A", awa.Identity.FranceTravailId);
        Assert.Equal(["referral", "first_contact", "diagnostic_start", "integration", "contact", "contract", "exit"],
            awa.Events.OrderBy(e => e.Seq).Select(e => e.Type));
        var legacy = await db.JourneyEvents.OfType<ReferralEvent>().SingleAsync(e => e.PersonId != awa.Id);
        Assert.Equal("france_travail", legacy.PrescriberKind);
    }

    [Fact]
    public async Task Export_of_an_import_is_the_canonical_form_of_the_file_and_imports_back_unchanged()
    {
        await Seed.PlieAsync(Db, "casa");
        await ImportAsync(JourneyFiles.Valid);

        var exported = await ExportAsync("casa");

        Assert.Equal(await JourneyFiles.CanonicalAsync(JourneyFiles.Valid, "casa-2021-2023"), exported);
        // The import ignores the computed fields: without them the export is the canonical form of the file.
        Assert.Equal(await JourneyFiles.CanonicalAsync(JourneyFiles.Valid), await JourneyFiles.CanonicalAsync(exported));
        Assert.Contains("""
                      "computed": {
                        "category": "positive",
                        "positive": true,
                        "basis": "cdi_cdd_6m_half_time",
                        "proofs": "complete"
                      }
            """, exported, StringComparison.Ordinal);
        Assert.DoesNotContain("pole_emploi", exported, StringComparison.Ordinal);
        var before = await CountsAsync();
        var again = await ImportAsync(exported);
        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        Assert.Equal(exported, await ExportAsync("casa"));
        var after = await CountsAsync();
        Assert.Equal((before.Persons, before.Identities, before.Events), (after.Persons, after.Identities, after.Events));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        await Seed.PlieAsync(Db, "casa");
        await ImportAsync(JourneyFiles.Valid);
        var before = await CountsAsync();

        var again = await ImportAsync(JourneyFiles.Valid);

        Assert.Equal((0, 0, 2), (again.Created, again.Updated, again.Unchanged));
        var after = await CountsAsync();
        Assert.Equal((before.Persons, before.Identities, before.Events), (after.Persons, after.Identities, after.Events));
        Assert.Equal(before.Audit + 1, after.Audit); // the journey.import line only
    }

    [Fact]
    public async Task A_changed_person_is_replaced_and_the_others_are_left_alone()
    {
        await Seed.PlieAsync(Db, "casa");
        await ImportAsync(JourneyFiles.Valid);
        var before = await CountsAsync();
        var changed = JourneyFiles.Valid
            .Replace("\"firstName\": \"Awa\"", "\"firstName\": \"Aminata\"", StringComparison.Ordinal)
            .Replace("\"mode\": \"phone\" },", "\"mode\": \"phone\" },\n{ \"type\": \"contact\", \"date\": \"2025-04-10\", \"mode\": \"video\" },", StringComparison.Ordinal);

        var result = await ImportAsync(changed);

        Assert.Equal((0, 1, 1), (result.Created, result.Updated, result.Unchanged));
        Assert.Equal(before.Events + 1, (await CountsAsync()).Events);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var identity = await db.PersonIdentities.SingleAsync(i => i.FirstName == "Aminata");
        Assert.Equal("MARTIN AMINATA", identity.SearchKey);
        Assert.Equal(await JourneyFiles.CanonicalAsync(changed, "casa-2021-2023"), await ExportAsync("casa"));
    }

    [Fact]
    public async Task An_import_for_one_PLIE_never_touches_another_PLIE_with_the_same_refs()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await ImportAsync(JourneyFiles.Valid);
        var casa = await ExportAsync("casa");

        var cov = await ImportAsync(JourneyFiles.Valid.Replace("\"plie\": \"casa\"", "\"plie\": \"cov\"", StringComparison.Ordinal)
            .Replace("\"Martin\"", "\"Durand\"", StringComparison.Ordinal));

        Assert.Equal((2, 0, 0), (cov.Created, cov.Updated, cov.Unchanged));
        Assert.Equal(casa, await ExportAsync("casa"));
        Assert.Contains("\"Durand\"", await ExportAsync("cov"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_and_export_leave_audit_lines_with_ids_and_counts_only()
    {
        await Seed.PlieAsync(Db, "casa");
        await ImportAsync(JourneyFiles.Valid);
        await ExportAsync("casa");

        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var lines = await db.AuditEvents.Where(a => a.Action.StartsWith("person.import") || a.Action.StartsWith("journey.")).OrderBy(a => a.Seq).ToListAsync();
        var ids = (await db.Persons.Select(p => p.Id).ToListAsync()).Select(id => id.ToString());
        Assert.Equal(["person.import.create", "person.import.create", "journey.import", "journey.export"], lines.Select(l => l.Action));
        Assert.Equal(ids.Order(), lines.Take(2).Select(l => l.RecordId!).Order());
        Assert.Equal(["{\"events\":10}", "{\"events\":7}"], lines.Take(2).Select(l => l.Detail!).Order());
        Assert.Equal(2, JsonDocument.Parse(lines[2].Detail!).RootElement.GetProperty("created").GetInt32());
        Assert.All(lines, l => Assert.DoesNotContain("LEGACY", l.Detail ?? "", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain("Martin", l.Detail ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pipe_is_imported_like_a_file()
    {
        await Seed.PlieAsync(Db, "casa");
        await using var scope = Db.SystemScope();
        var importer = ActivatorUtilities.CreateInstance<Passerelle.Core.Exchange.JourneyImporter>(scope.ServiceProvider, (TimeProvider)new FixedClock(JourneyFiles.Today));

        var result = await importer.ImportAsync(new ForwardOnlyStream(JourneyFiles.Stream(JourneyFiles.Valid)));

        Assert.Equal(2, result.Created);
    }
}
