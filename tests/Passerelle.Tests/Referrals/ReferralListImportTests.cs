using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// Import of France Travail referral lists (issue 3 item 1: "a validation report by line; all or nothing; re-import
/// updates instead of duplicating"; item 2: duplicates at every entry, never silently dropped nor merged; seed 000
/// art. 3-4 a and data annex B).
/// </summary>
public class ReferralListImportTests : DatabaseTest
{
    private AppUser coordinator = null!;
    private Organisation casa = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        casa = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-CAGNES");
        coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
    }

    private async Task<ReferralListOutcome> ImportAsync(Stream file, bool confirm = true, Dictionary<int, ReferralListChoice>? choices = null,
        AppUser? user = null, CancellationToken ct = default)
    {
        await using var scope = await Db.UserScopeAsync(user ?? coordinator);
        return await scope.ServiceProvider.GetRequiredService<ReferralListImport>()
            .ImportAsync(new ReferralListRequest("casa", file) { Confirm = confirm, Choices = choices ?? [] }, ct);
    }

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    private Task<int> PersonsAsync() => ReadAsync(db => db.Persons.CountAsync());

    private Task<int> ReferralsAsync() => ReadAsync(db => db.JourneyEvents.OfType<ReferralEvent>().CountAsync());

    [Fact]
    public async Task A_list_is_previewed_without_writing_then_imported_with_one_referral_fact_per_line_that_the_export_carries()
    {
        var preview = await ImportAsync(Lists.Of(Lists.Awa, Lists.Karim with { Agency = "ft-cagnes" }), confirm: false);

        Assert.Equal((ReferralListOutcomeKind.Preview, 2, 2, 0), (preview.Kind, preview.Lines, preview.Created, preview.ToDecide));
        Assert.Equal(["Observations"], preview.IgnoredColumns);
        Assert.Equal(0, await PersonsAsync());

        var outcome = await ImportAsync(Lists.Of(Lists.Awa, Lists.Karim with { Agency = "ft-cagnes" }));

        Assert.Equal((ReferralListOutcomeKind.Imported, 2, 0, 0), (outcome.Kind, outcome.Created, outcome.Attached, outcome.Updated));
        var awa = await ReadAsync(db => db.Persons.Include(p => p.Identity).Include(p => p.Events).SingleAsync(p => p.Identity!.FranceTravailId == "1234567A"));
        Assert.Equal(("Diallo", "F", "06155", true, 3), (awa.Identity!.LastName, awa.Sex, awa.CommuneInsee, awa.Situation.Rsa, awa.Situation.EducationLevel));
        var referral = Assert.IsType<ReferralEvent>(Assert.Single(awa.Events));
        Assert.Equal((Lists.Today.AddDays(-20), "france_travail", "FT-ANTIBES", "flow"), (referral.Date, referral.PrescriberKind, referral.PrescriberOrg, referral.Channel));
        var sheet = await ReadAsync(db => db.ReferralSheets.SingleAsync(s => s.Id == referral.Id));
        Assert.Equal((ReferralDecisions.New, coordinator.Id), (sheet.Decision, sheet.SentBy));
        Assert.Equal(2, await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action == "referral.import.create")));
        var summary = await ReadAsync(db => db.AuditEvents.SingleAsync(a => a.Action == "referral.import"));
        Assert.Equal((casa.Id.ToString(), casa.Id), (summary.RecordId, summary.PlieId));
        Assert.Contains("\"created\":2", summary.Detail!, StringComparison.Ordinal);
        Assert.DoesNotContain("Diallo", summary.Detail!, StringComparison.Ordinal);

        await using var scope = Db.SystemScope();
        using var export = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<JourneyExporter>().ExportAsync("casa", export);
        var json = Encoding.UTF8.GetString(export.ToArray());
        Assert.Contains("\"prescriberOrg\": \"FT-CAGNES\"", json, StringComparison.Ordinal);
        Assert.Contains("\"franceTravailId\": \"7654321B\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reimporting_the_same_list_changes_nothing_and_says_so_and_a_corrected_line_updates_its_referral_instead_of_adding_one()
    {
        await ImportAsync(Lists.Of(Lists.Awa, Lists.Karim));

        var again = await ImportAsync(Lists.Of(Lists.Awa, Lists.Karim));

        Assert.Equal((ReferralListOutcomeKind.Imported, 0, 0, 0, 2), (again.Kind, again.Created, again.Attached, again.Updated, again.Unchanged));
        Assert.True(again.ChangesNothing);
        Assert.Equal((2, 2), (await PersonsAsync(), await ReferralsAsync()));

        var corrected = await ImportAsync(Lists.Of(Lists.Awa with { Rsa = "non", Commune = "06004" }, Lists.Karim), confirm: false);
        Assert.Equal((1, 1), (corrected.Updated, corrected.Unchanged));
        var done = await ImportAsync(Lists.Of(Lists.Awa with { Rsa = "non", Commune = "06004" }, Lists.Karim));

        Assert.Equal((1, 1, 0), (done.Updated, done.Unchanged, done.Created));
        Assert.Equal((2, 2), (await PersonsAsync(), await ReferralsAsync()));
        var awa = await ReadAsync(db => db.Persons.SingleAsync(p => p.Identity!.FranceTravailId == "1234567A"));
        Assert.Equal((false, "06004"), (awa.Situation.Rsa, awa.CommuneInsee));
        var sheet = await ReadAsync(db => db.ReferralSheets.SingleAsync(s => s.PersonId == awa.Id));
        Assert.Equal((false, "06004"), (sheet.Situation.Rsa, sheet.CommuneInsee));
        Assert.Equal(1, await ReadAsync(db => db.AuditEvents.CountAsync(a => a.Action == "referral.import.update" && a.RecordId == awa.Id.ToString())));
    }

    [Fact]
    public async Task A_correction_does_not_overwrite_what_the_PLIE_recorded_since()
    {
        await ImportAsync(Lists.Of(Lists.Awa));
        await using (var scope = Db.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            var person = await db.Persons.SingleAsync();
            person.Situation.Rsa = false; // the referent found the RSA had ended
            await db.SaveChangesAsync();
        }

        await ImportAsync(Lists.Of(Lists.Awa with { Commune = "06004" }));

        var awa = await ReadAsync(db => db.Persons.SingleAsync());
        Assert.Equal((false, "06004"), (awa.Situation.Rsa, awa.CommuneInsee));
    }

    [Fact]
    public async Task A_person_known_by_France_Travail_id_gets_a_new_referral_attached_for_a_new_prescription()
    {
        await ImportAsync(Lists.Of(Lists.Awa with { Prescribed = Lists.Today.AddDays(-200) }));

        var outcome = await ImportAsync(Lists.Of(Lists.Awa with { Agency = "FT-CAGNES" }));

        Assert.Equal((1, 0, 0), (outcome.Attached, outcome.Created, outcome.ToDecide));
        Assert.Equal(1, await PersonsAsync());
        var events = await ReadAsync(db => db.JourneyEvents.OfType<ReferralEvent>().OrderBy(e => e.Seq).ToListAsync());
        Assert.Equal([("FT-ANTIBES", 0), ("FT-CAGNES", 1)], events.Select(e => (e.PrescriberOrg!, e.Seq)));
        Assert.Equal(ReferralDecisions.Attached, await ReadAsync(db => db.ReferralSheets.Where(s => s.Id == events[1].Id).Select(s => s.Decision).SingleAsync()));
    }

    public static TheoryData<string, Func<Stream>, int?, string?, string> MalformedFiles => new()
    {
        // name, file, expected line (null: the file), column, message fragment
        { "missing column", () => Xlsx.Build([Lists.Headers.Where(h => (string)h! != "Date de naissance").ToArray(), Lists.Awa.Cells()[..3]]),
            null, "Date de naissance", "colonne obligatoire manquante" },
        { "bad date", () => Lists.Of(Lists.Karim, Lists.Awa with { Prescribed = "31/02/2026" }), 3, "Date de prescription", "date impossible « 31/02/2026 »" },
        { "unknown agency", () => Lists.Of(Lists.Karim, Lists.Awa with { Agency = "FT-NICE" }), 3, "Agence", "agence inconnue « FT-NICE »" },
        { "too young at the prescription date", () => Lists.Of(Lists.Awa with { Birth = Lists.Today.AddYears(-15) }), 2, "Date de naissance", "moins de 16 ans" },
        { "formula", () => Lists.Of(Lists.Karim, Lists.Awa with { Commune = "=HYPERLINK(\"http://x\",\"06155\")" }), 3, "Code INSEE", "formule refusée (cellule F3)" },
        { "10 MB of garbage", () => new MemoryStream(Garbage()), null, null, "n'est pas un classeur Excel" },
    };

    private static byte[] Garbage()
    {
        var bytes = new byte[10 * 1024 * 1024];
        new Random(3).NextBytes(bytes);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(MalformedFiles))]
    public async Task A_malformed_file_is_refused_whole_with_a_report_by_line_and_column_and_nothing_is_written(string name, Func<Stream> file, int? line, string? column, string fragment)
    {
        var outcome = await ImportAsync(file());

        Assert.Equal(ReferralListOutcomeKind.Refused, outcome.Kind);
        Assert.True(outcome.Errors.Any(e => e.Line == line && e.Column == column && e.Message.Contains(fragment, StringComparison.Ordinal)),
            name + ": " + string.Join(" | ", outcome.Errors));
        Assert.Equal(0, await PersonsAsync());
        Assert.False(await ReadAsync(db => db.AuditEvents.AnyAsync(a => a.Action.StartsWith("referral."))));
    }

    [Fact]
    public async Task A_failure_after_part_of_the_list_was_written_leaves_nothing_behind()
    {
        // 2,500 lines: the first chunk of 2,000 is saved inside the transaction, then the import fails.
        using var cancel = new CancellationTokenSource();
        await using var scope = await Db.UserScopeAsync(coordinator);
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        db.SavedChanges += (_, _) => cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => scope.ServiceProvider.GetRequiredService<ReferralListImport>()
            .ImportAsync(new ReferralListRequest("casa", Lists.Of([.. Lists.Many(2500)])) { Confirm = true }, cancel.Token));

        Assert.Equal(0, await PersonsAsync());
        Assert.False(await ReadAsync(db => db.AuditEvents.AnyAsync(a => a.Action.StartsWith("referral."))));
    }

    public static TheoryData<string, Func<Guid, PersonBuilder>, bool, DuplicateReasons?> Duplicates => new()
    {
        // name, person already known, in another PLIE, reasons of the candidate (null: no candidate in this PLIE)
        { "same names and birth date, no France Travail id", _ => new PersonBuilder(_).Named("AWA", "DIALLO").BornOn(Lists.Awa.Birth).WithFranceTravailId(null), false,
            DuplicateReasons.NameAndBirthDate },
        { "same birth date and a compound name", _ => new PersonBuilder(_).Named("Awa", "Diallo-Sow").BornOn(Lists.Awa.Birth).WithFranceTravailId("9999999Z"), false,
            DuplicateReasons.NameAndBirthDate },
        { "France Travail id of someone else", _ => new PersonBuilder(_).Named("Julien", "Moreau").BornOn(new(1990, 1, 1)).WithFranceTravailId(Lists.Awa.Id), false,
            DuplicateReasons.FranceTravailIdCollision },
        { "in a pathway in another PLIE", _ => new PersonBuilder(_).Named("Awa", "Diallo").BornOn(Lists.Awa.Birth).WithFranceTravailId(Lists.Awa.Id), true, null },
    };

    [Theory]
    [MemberData(nameof(Duplicates))]
    public async Task Each_kind_of_suspected_duplicate_is_listed_for_a_choice_and_nothing_is_written_without_one(string name, Func<Guid, PersonBuilder> known,
        bool elsewhere, DuplicateReasons? reasons)
    {
        var plie = elsewhere ? (await Seed.PlieAsync(Db, "cov", "cov-2020-2022")).Id : casa.Id;
        var person = await known(plie).SaveAsync(Db);
        var referrals = await ReferralsAsync();

        var outcome = await ImportAsync(Lists.Of(Lists.Awa, Lists.Karim));

        Assert.Equal((ReferralListOutcomeKind.Preview, 1, 1), (outcome.Kind, outcome.ToDecide, outcome.Created));
        var line = Assert.Single(outcome.Suspected);
        Assert.Equal((2, "Diallo", null), (line.Line, line.LastName, line.Choice));
        Assert.Equal(elsewhere, line.InPathwayInAnotherPlie);
        if (reasons is { } r)
        {
            var candidate = Assert.Single(line.Candidates);
            Assert.Equal((person.Id, person.Ref, r), (candidate.PersonId, candidate.Ref, candidate.Reasons));
        }
        else Assert.Empty(line.Candidates);
        Assert.Equal(1, await PersonsAsync());
        Assert.Equal(referrals, await ReferralsAsync());
        Assert.True(await ReadAsync(db => db.AuditEvents.AnyAsync(a => a.Action == "referral.duplicate_check" && a.Detail!.Contains(person.Id.ToString()))), name);
    }

    [Fact]
    public async Task The_choices_attach_create_or_leave_out_each_suspected_line_and_a_colliding_id_is_never_merged()
    {
        var known = await new PersonBuilder(casa.Id).Named("Awa", "Diallo").BornOn(Lists.Awa.Birth).WithFranceTravailId(null).SaveAsync(Db);
        var other = await new PersonBuilder(casa.Id).Named("Julien", "Moreau").BornOn(new(1990, 1, 1)).WithFranceTravailId(Lists.Karim.Id).SaveAsync(Db);
        var ines = new Lists.Line("5555555C", "Rousseau", "Inès", new(1988, 6, 6));
        await new PersonBuilder(casa.Id).Named("Inès", "Rousseau").BornOn(ines.Birth).WithFranceTravailId(null).SaveAsync(Db);
        Stream File() => Lists.Of(Lists.Awa, Lists.Karim, ines);

        var merged = await ImportAsync(File(), choices: new() { [3] = ReferralListChoice.AttachTo(other.Id) });
        Assert.Equal(ReferralListOutcomeKind.Preview, merged.Kind);
        Assert.Contains(merged.ChoiceProblems, p => p.Line == 3);

        var outcome = await ImportAsync(File(), choices: new()
        {
            [2] = ReferralListChoice.AttachTo(known.Id),
            [3] = ReferralListChoice.New,
            [4] = ReferralListChoice.Skip,
        });

        Assert.Equal((ReferralListOutcomeKind.Imported, 1, 1, 1), (outcome.Kind, outcome.Attached, outcome.Created, outcome.Skipped));
        var awa = await ReadAsync(db => db.Persons.Include(p => p.Identity).Include(p => p.Events).SingleAsync(p => p.Id == known.Id));
        Assert.Equal(Lists.Awa.Id, awa.Identity!.FranceTravailId);
        Assert.Contains(awa.Events, e => e is ReferralEvent { PrescriberOrg: "FT-ANTIBES" } r && r.Date == Lists.Today.AddDays(-20));
        var karim = await ReadAsync(db => db.Persons.Include(p => p.Identity).SingleAsync(p => p.Identity!.LastName == "Benali"));
        var sheet = await ReadAsync(db => db.ReferralSheets.SingleAsync(s => s.PersonId == karim.Id));
        Assert.Equal((ReferralDecisions.NewConfirmed, true), (sheet.Decision, sheet.FranceTravailIdCollision));
        Assert.Equal(4, await PersonsAsync());

        // The decisions hold on a re-import: Awa now bears her id, Karim is known by his.
        var again = await ImportAsync(File(), choices: new() { [4] = ReferralListChoice.Skip });
        Assert.Equal((2, 1, 0), (again.Unchanged, again.Skipped, again.Created));
    }

    [Fact]
    public async Task A_coordinator_imports_into_their_own_PLIE_only()
    {
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var stranger = await Seed.UserAsync(Db, "cov", Role.Coordinator);

        var outcome = await ImportAsync(Lists.Of(Lists.Awa), user: stranger);

        Assert.Equal(ReferralListOutcomeKind.Refused, outcome.Kind);
        Assert.Contains("votre propre PLIE", Assert.Single(outcome.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, await PersonsAsync());
    }
}
