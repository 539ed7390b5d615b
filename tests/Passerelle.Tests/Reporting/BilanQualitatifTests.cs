using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.InfoSessions;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting.Qualitative;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The Bilan qualitatif (000 Annexe 2; issue 6 item 3) on both providers: answers per convention and year, validation naming
/// the field, all or nothing, the counts per PLIE and the « TOTAL EN % » per department and in total computed by hand, who
/// reads which PLIE's answers, and files that carry no comment.
/// </summary>
public class BilanQualitatifTests : DatabaseTest
{
    private const string F = QualitativeQuestions.Fully, P = QualitativeQuestions.Partly, N = QualitativeQuestions.NotAtAll;
    private Guid antibes, grasse, nice, martigues;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await RegionalDataset.SeedAsync(Db);
        antibes = await RegionalDataset.ConventionAsync(Db, "casa", "FT-ANTIBES");
        grasse = await RegionalDataset.ConventionAsync(Db, "casa", "FT-GRASSE");
        nice = await RegionalDataset.ConventionAsync(Db, "nca", "FT-NICE");
        martigues = await RegionalDataset.ConventionAsync(Db, "martigues", "FT-MARTIGUES");
    }

    private static List<QualitativeInput> Answers(params string[] codes) => [.. codes.Select((c, i) => new QualitativeInput(c, $"Argument {i + 1} : partenariat suivi."))];

    private async Task<Outcome?> SaveAsync(AppUser user, Guid convention, IReadOnlyList<QualitativeInput> inputs, int year = RegionalDataset.Year)
    {
        await using var scope = await Db.UserScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<BilanQualitatif>().SaveAsync(convention, year, inputs);
    }

    private async Task<QualitativeReport?> ReportAsync(AppUser? user)
    {
        await using var scope = user is null ? Db.SystemScope() : await Db.UserScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<BilanQualitatif>().ReportAsync(RegionalDataset.Year, "html");
    }

    private async Task AnswerAllAsync()
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        Assert.True((await SaveAsync(casa, antibes, Answers(F, F, P, N, F, P, F, F)))!.Succeeded);
        Assert.True((await SaveAsync(casa, grasse, Answers(P, P, P, P, P, P, P, P)))!.Succeeded);
        Assert.True((await SaveAsync(await Seed.UserAsync(Db, "nca", Role.Coordinator), nice, Answers(F, F, F, F, N, N, N, N)))!.Succeeded);
        Assert.True((await SaveAsync(await Seed.UserAsync(Db, "martigues", Role.Coordinator), martigues, Answers(F, P, P, P, N, F, F, P)))!.Succeeded);
    }

    [Fact]
    public async Task Answers_are_counted_per_plie_and_in_percent_per_department_and_in_total()
    {
        await AnswerAllAsync();

        var report = (await ReportAsync(null))!;

        Assert.Equal(["06", "13"], report.Groups.Select(g => g.Code));
        var (d06, d13) = (report.Groups[0], report.Groups[1]);
        Assert.Equal(["casa", "nca"], d06.Plies.Select(p => p.Code));
        Assert.Equal(["martigues", "mpm-centre"], d13.Plies.Select(p => p.Code));
        var casa = d06.Plies[0];
        Assert.Equal(2, casa.Conventions);
        Assert.Equal([1, 1, 0], casa.Tally.Counts[0]); // Q1: Antibes « tout à fait », Grasse « moyen »
        Assert.Equal([0, 1, 1], casa.Tally.Counts[3]); // Q4: Grasse « moyen », Antibes « pas du tout »
        Assert.Equal(0, d13.Plies[1].Conventions);      // mpm-centre answered nothing
        // 06, 3 conventions: Q1 2 « tout à fait » + 1 « moyen »; Q4 and Q5 one of each.
        Assert.Equal([0.6667m, 0.3333m, 0m], Percents(d06.Total, 1));
        Assert.Equal([0.3333m, 0.3333m, 0.3333m], Percents(d06.Total, 4));
        Assert.Equal([0.3333m, 0.3333m, 0.3333m], Percents(d06.Total, 5));
        // 13, 1 convention: 100 % of its answer.
        Assert.Equal([1m, 0m, 0m], Percents(d13.Total, 1));
        Assert.Equal([0m, 0m, 1m], Percents(d13.Total, 5));
        // Total, 4 conventions: Q1 3 + 1; Q4 1 + 2 + 1; Q5 1 + 1 + 2.
        Assert.Equal([0.75m, 0.25m, 0m], Percents(report.Total, 1));
        Assert.Equal([0.25m, 0.5m, 0.25m], Percents(report.Total, 4));
        Assert.Equal([0.25m, 0.25m, 0.5m], Percents(report.Total, 5));
        Assert.Equal(4, report.Total.Answered(8));
        Assert.Equal(4, report.Conventions.Count);
        Assert.Equal("Argument 3 : partenariat suivi.", report.Conventions.First(c => c.Partner.EndsWith("ANTIBES", StringComparison.Ordinal)).Answers[2].Comment);
    }

    private static decimal?[] Percents(QualitativeTally tally, int question) => [.. Enumerable.Range(0, 3).Select(a => tally.Percent(question, a))];

    [Fact]
    public async Task Saving_again_replaces_the_answers_of_the_convention_and_year()
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        await SaveAsync(casa, antibes, Answers(F, F, F, F, F, F, F, F));
        await SaveAsync(casa, antibes, [.. Answers(N, N, N, N, N, N, N, N).Select(a => a with { Comment = null })]);

        await using var scope = Db.SystemScope();
        var rows = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().QualitativeAnswers.ToListAsync();
        Assert.Equal(8, rows.Count);
        Assert.All(rows, r => Assert.Equal((N, (string?)null), (r.Answer, r.Comment)));
    }

    public static readonly TheoryData<int, string?, string?, string> Invalid = new()
    {
        { 3, null, null, "q3" },
        { 2, "oui", null, "q2" },
        { 5, F, new string('x', QualitativeQuestions.CommentMaxLength + 1), "q5-commentaire" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task A_missing_or_unknown_answer_or_a_too_long_comment_is_refused_naming_the_question_and_nothing_is_saved(
        int question, string? answer, string? comment, string field)
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var inputs = Answers(F, F, F, F, F, F, F, F);
        inputs[question - 1] = new QualitativeInput(answer, comment);

        var outcome = (await SaveAsync(casa, antibes, inputs))!;

        Assert.Equal(field, Assert.Single(outcome.Errors).Field);
        Assert.StartsWith($"Question {question}", outcome.Errors[0].Message, StringComparison.Ordinal);
        await using var scope = Db.SystemScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().QualitativeAnswers.CountAsync());
    }

    [Fact]
    public async Task A_comment_of_exactly_the_longest_length_is_accepted()
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var inputs = Answers(F, F, F, F, F, F, F, F);
        inputs[0] = new QualitativeInput(F, new string('x', QualitativeQuestions.CommentMaxLength));

        Assert.True((await SaveAsync(casa, antibes, inputs))!.Succeeded);
    }

    [Theory]
    [InlineData("foreign")]      // a convention of another PLIE
    [InlineData("data_exchange")] // not the partnership convention
    [InlineData("ended")]        // not in force in the year
    public async Task A_convention_the_coordinator_cannot_answer_for_is_not_found(string which)
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var convention = which switch
        {
            "foreign" => nice,
            "data_exchange" => await RegionalDataset.ConventionAsync(Db, "casa", "FT-ANTIBES", "data_exchange"),
            _ => await RegionalDataset.ConventionAsync(Db, "casa", "FT-NICE", from: 2020, to: 2024),
        };

        Assert.Null(await SaveAsync(casa, convention, Answers(F, F, F, F, F, F, F, F)));
        await using var scope = await Db.UserScopeAsync(casa);
        Assert.DoesNotContain(convention, (await scope.ServiceProvider.GetRequiredService<BilanQualitatif>().ConventionsAsync(RegionalDataset.Year)).Select(c => c.Id));
    }

    [Fact]
    public async Task A_coordinator_reads_the_answers_of_their_own_plie_only_and_a_director_those_of_their_carrier()
    {
        await AnswerAllAsync();

        var coordinator = (await ReportAsync(await Seed.UserAsync(Db, "casa", Role.Coordinator)))!;
        Assert.Equal(["casa"], coordinator.Groups.SelectMany(g => g.Plies).Select(p => p.Code));
        Assert.All(coordinator.Conventions, c => Assert.Equal("casa", c.Plie));
        Assert.Equal(2, coordinator.Total.Answered(1));

        var director = (await ReportAsync(await Seed.UserAsync(Db, "martigues", Role.Director)))!;
        Assert.Equal(["martigues", "mpm-centre"], director.Groups.SelectMany(g => g.Plies).Select(p => p.Code));

        Assert.Null(await ReportAsync(await Seed.UserAsync(Db, "casa", Role.Assistant)));
        var counsellor = await Seed.UserAsync(Db, "FT-NICE", Role.FtCounsellor);
        Assert.Null(await ReportAsync(counsellor));
    }

    [Fact]
    public async Task The_files_are_laid_out_like_the_annex_and_carry_no_comment()
    {
        await AnswerAllAsync();
        var report = (await ReportAsync(null))!;
        using var xlsx = new MemoryStream();
        QualitativeFiles.WriteXlsx(report, xlsx);
        using var csv = new MemoryStream();
        await QualitativeFiles.WriteCsvAsync(report, csv);

        xlsx.Position = 0;
        using var document = SpreadsheetDocument.Open(xlsx, false);
        Assert.Equal(["PLIE dans le 06", "PLIE dans le 13", "Total région"],
            document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        var text = string.Join("|", document.WorkbookPart.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Text>()).Select(t => t.Text));
        Assert.Contains(QualitativeQuestions.All[2].Text, text, StringComparison.Ordinal);
        Assert.Contains("casa – tout à fait", text, StringComparison.Ordinal);
        Assert.Contains("TOTAL EN % – pas du tout", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Argument", text, StringComparison.Ordinal);
        var lines = System.Text.Encoding.UTF8.GetString(csv.ToArray());
        Assert.DoesNotContain("Argument", lines, StringComparison.Ordinal);
        Assert.Contains("2025;06;TOTAL EN %;1;2;1;0;\"0,6667\";\"0,3333\";0", lines, StringComparison.Ordinal);
        Assert.Contains("2025;;TOTAL Région;1;3;1;0;\"0,75\";\"0,25\";0", lines, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_leaves_an_audit_line_with_codes_and_no_comment()
    {
        var casa = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        await SaveAsync(casa, antibes, Answers(F, F, P, N, F, P, F, F));

        await using var scope = Db.SystemScope();
        var line = Assert.Single(await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents
            .Where(a => a.Action == BilanQualitatif.SaveAction).ToListAsync());
        Assert.Equal(antibes.ToString(), line.RecordId);
        Assert.Contains("not_at_all", line.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Argument", line.Detail, StringComparison.Ordinal);
    }
}
