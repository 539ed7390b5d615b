using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core;
using Passerelle.Core.Audit;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Bilan;
using Passerelle.Core.Reporting.Regional;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The regional pilot indicators (000 art. 7, 002 art. 7; issue 6 item 2) on <see cref="RegionalDataset"/>, on both
/// providers: both lists per PLIE, per department with subtotals and in total, computed by hand; the PLIE-side lines equal
/// each PLIE's Bilan quantitatif; the scope of each role; the files.
/// </summary>
public class RegionalIndicatorsTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RegionalDataset.SeedAsync(Db);
    }

    private async Task<RegionalReport?> ComputeAsync(AppUser? user, string grouping = RegionalGroupings.Department)
    {
        await using var scope = user is null ? Db.SystemScope() : await Db.UserScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<RegionalIndicators>().ComputeAsync(RegionalDataset.Year, grouping, "json");
    }

    // Columns: 1, 2, 3, 4, 5, 6, 7, 8, 9, 9 bis, 10, 11, 12, 14, 15, 16; then FT: convoked, present, rate, services.
    public static readonly TheoryData<string, int[], decimal?[], int[], decimal?> Lines = new()
    {
        // casa: col. 4 = 2 / 3 (no IC in the denominator); services: 1 realised in 2025 (refused and 2026 ones not counted).
        { "casa", [3, 1, 2, 1, 1, 1, 1, 1, 1], [0.6667m, 0.5m, 1m, 0.5m, 0.3333m, 1m, 1m], [1, 1, 1], 1m },
        // nca: the IC organised by the PLIE alone counts on neither side.
        { "nca", [2, 0, 1, 1, 0, 1, 0, 1, 0], [0.5m, 1m, 0m, 0m, 0m, 0m, 0m], [1, 0, 0], 0m },
        // martigues: col. 4 = 1 / (2 + 1), col. 9 bis = 1 / 3 (information collectives in the denominator, 002 art. 3-4).
        { "martigues", [2, 1, 1, 1, 1, 0, 0, 0, 0], [0.3333m, 1m, 1m, 1m, 0.3333m, null, null], [2, 1, 2], 0.5m },
        // mpm-centre: the Département's referral counts in no column.
        { "mpm-centre", [1, 0, 1, 0, 0, 1, 0, 1, 0], [1m, 0m, null, 0m, 0m, 0m, 0m], [0, 0, 0], null },
        // 06: col. 4 = 3 / 5, col. 6 = 2 / 3, col. 9 bis = 1 / 5.
        { "sous-total:06", [5, 1, 3, 2, 1, 2, 1, 2, 1], [0.6m, 0.6667m, 0.5m, 0.3333m, 0.2m, 0.5m, 0.5m], [2, 1, 1], 0.5m },
        // 13: col. 4 = 2 / (3 + 1), col. 9 bis = 1 / 4.
        { "sous-total:13", [3, 1, 2, 1, 1, 1, 0, 1, 0], [0.5m, 0.5m, 1m, 0.5m, 0.25m, 0m, 0m], [2, 1, 2], 0.5m },
        // Total: col. 4 = 5 / (5 + 4) = 0.5556, col. 9 bis = 2 / 9 = 0.2222.
        { "total", [8, 2, 5, 3, 2, 3, 1, 3, 1], [0.5556m, 0.6m, 0.6667m, 0.4m, 0.2222m, 0.3333m, 0.3333m], [4, 2, 3], 0.5m },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Both_lists_per_plie_per_department_and_in_total_match_the_figures_computed_by_hand(
        string line, int[] counts, decimal?[] rates, int[] franceTravail, decimal? attendance)
    {
        var report = (await ComputeAsync(null))!;

        Assert.Equal(["06", "13"], report.Groups.Select(g => g.Code));
        Assert.Equal(["Les PLIE dans le 06", "Les PLIE dans le 13"], report.Groups.Select(g => g.Name));
        Assert.Equal(["casa", "nca", "martigues", "mpm-centre"], report.Plies.Select(p => p.Plie));
        var l = Find(report, line);
        var f = l.PlieSide;
        Assert.Equal(counts, new[] { f.Col1, f.Col2, f.Col3, f.Col5, f.Col7, f.Col10, f.Col11, f.Col14, f.Col15 });
        Assert.Equal(rates, new[] { f.Col4, f.Col6, f.Col8, f.Col9, f.Col9Bis, f.Col12, f.Col16 });
        Assert.Equal(franceTravail, new[] { l.FranceTravail.Convoked, l.FranceTravail.Present, l.FranceTravail.ServicesDelivered });
        Assert.Equal(attendance, l.FranceTravail.AttendanceRate);
    }

    private static RegionalLine Find(RegionalReport report, string line) =>
        line == "total" ? report.Total
        : line.StartsWith("sous-total:", StringComparison.Ordinal) ? report.Groups.Single(g => g.Code == line[11..]).Subtotal
        : report.Plies.Single(p => p.Plie == line);

    [Fact]
    public async Task The_plie_side_of_each_plie_is_its_bilan_quantitatif()
    {
        var report = (await ComputeAsync(null))!;

        await using var scope = Db.SystemScope();
        var bilan = scope.ServiceProvider.GetRequiredService<BilanQuantitatif>();
        foreach (var line in report.Plies)
        {
            var own = await bilan.ComputeAsync((await bilan.PlieAsync(line.Plie))!, RegionalDataset.Year, null, "json");
            Assert.Equivalent(own.Main.Figures, line.PlieSide, strict: true);
        }
    }

    [Fact]
    public async Task Grouped_by_carrier_the_metropole_s_plie_come_together_and_the_others_last()
    {
        var report = (await ComputeAsync(null, RegionalGroupings.Carrier))!;

        Assert.Equal(["amp", ""], report.Groups.Select(g => g.Code));
        Assert.Equal(["Métropole Aix-Marseille-Provence", "PLIE sans porteur renseigné"], report.Groups.Select(g => g.Name));
        Assert.Equal(["martigues", "mpm-centre"], report.Groups[0].Plies.Select(p => p.Plie));
        Assert.Equal(3, report.Groups[0].Subtotal.PlieSide.Col1);
        Assert.Equal(8, report.Total.PlieSide.Col1);
        var region = (await ComputeAsync(null, RegionalGroupings.Region))!;
        Assert.Equal(4, Assert.Single(region.Groups).Plies.Count);
    }

    [Theory]
    [InlineData("platform", Role.Auditor, "casa,martigues,mpm-centre,nca")]
    [InlineData("amp", Role.Auditor, "martigues,mpm-centre")]
    [InlineData("martigues", Role.Director, "martigues,mpm-centre")]
    [InlineData("casa", Role.Director, "casa")]
    [InlineData("casa", Role.Auditor, "casa")]
    [InlineData("FT-MARTIGUES", Role.FtCorrespondent, "martigues")]
    [InlineData("casa", Role.Coordinator, null)]
    [InlineData("martigues", Role.Referent, null)]
    [InlineData("FT-MARTIGUES", Role.FtCounsellor, null)]
    [InlineData("platform", Role.Admin, null)]
    public async Task Each_role_reads_the_aggregates_of_its_scope_only(string organisation, Role role, string? plies)
    {
        if (organisation == "platform") await Seed.OrganisationAsync(Db, OrganisationKind.Platform, "platform");
        await RegionalDataset.ConventionAsync(Db, "martigues", "FT-MARTIGUES");
        var user = await Seed.UserAsync(Db, organisation, role);

        var report = await ComputeAsync(user);

        Assert.Equal(plies, report is null ? null : string.Join(",", report.Plies.Select(p => p.Plie).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData(1989, "year")]
    [InlineData(2101, "year")]
    [InlineData(2025, "groupe")]
    public async Task A_bad_year_or_grouping_is_refused_naming_the_field(int year, string grouping)
    {
        await using var scope = Db.SystemScope();
        var e = await Assert.ThrowsAsync<ValidationException>(() =>
            scope.ServiceProvider.GetRequiredService<RegionalIndicators>().ComputeAsync(year, grouping, "json"));
        Assert.Equal(year is 1989 or 2101 ? "year" : "grouping", e.Field);
    }

    [Fact]
    public async Task Reading_leaves_one_audit_line_naming_the_plie_and_no_person()
    {
        var director = await Seed.UserAsync(Db, "martigues", Role.Director);
        await ComputeAsync(director);

        await using var scope = Db.SystemScope();
        var line = Assert.Single(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.Where(a => a.Action == RegionalIndicators.ViewAction).ToList());
        Assert.Contains("\"martigues\",\"mpm-centre\"", line.Detail, StringComparison.Ordinal);
        Assert.Equal(director.Id, line.UserId);
    }

    [Fact]
    public async Task The_xlsx_has_both_lists_with_the_annex_titles_and_the_csv_the_same_figures()
    {
        var report = (await ComputeAsync(null))!;
        using var xlsx = new MemoryStream();
        RegionalFiles.WriteXlsx(report, xlsx);
        using var csv = new MemoryStream();
        await RegionalFiles.WriteCsvAsync(report, csv);

        xlsx.Position = 0;
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Sources PLIE", "Sources France Travail"], sheets);
        var text = string.Join("|", document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Text>()).Select(t => t.Text));
        Assert.Contains("Colonne 1 / Nombre d'orientations France Travail par an sur le flux", text, StringComparison.Ordinal);
        Assert.Contains("Nombre de DE convoqués aux informations collectives pour une orientation vers le PLIE", text, StringComparison.Ordinal);
        Assert.Contains("Nombre de services délivrés", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PLIE casa", text, StringComparison.Ordinal); // codes, not names
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 4 + 2 + 1, lines.Length);
        var total = lines[^1].Split(';');
        Assert.Equal(["2025", "departement", "", "TOTAL", "8", "2", "5", "\"0,5556\""], total[..8]); // a decimal comma is quoted
        Assert.Equal(["4", "2", "\"0,5\"", "3"], total[^4..]);
    }
}
