using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The activity report (issue 6 item 4) on a hand-built CASA PLIE, in the wording of seed 003's « éléments de
/// réalisation »: every figure counted by hand in the comments. Year 2025, read on 15 March 2026.
/// </summary>
public class ActivityReportTests : DatabaseTest
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task<ActivityReport> ArrangeAndReadAsync()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        async Task Add(string sex, DateOnly birth, Situation situation, params JourneyEvent[] events) =>
            await new PersonBuilder(plie.Id).WithSex(sex).BornOn(birth).WithSituation(situation).WithEvents(_ => [.. events]).SaveAsync(Db);
        ReferralEvent Referral(DateOnly d, string kind = "france_travail") => new() { Date = d, PrescriberKind = kind, Channel = "flow" };

        // A: woman, level 3, RSA; 25 on the day of her integration (born 11/03/1999, integrated 09/03/2025, two days before
        // her 26th birthday: « moins de 26 ans »).
        // A CDI of 35 h from 1 April, exit for employment on 31 October: positive (CDI), an employment exit after a CDI.
        await Add("F", D(1999, 3, 11), new() { Rsa = true, EducationLevel = 3 },
            Referral(D(2025, 2, 1)), new IntegrationEvent { Date = D(2025, 3, 9) },
            new SectorWishEvent { Date = D(2025, 2, 20), Sector = "K" },
            new StepEvent { Date = D(2025, 3, 15), Kind = "workshop" },
            new SectorWishEvent { Date = D(2025, 6, 1), Sector = "D" },
            new ContractEvent { Date = D(2025, 4, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = D(2025, 10, 31), Reason = "employment", Proofs = ["contract", "payslips"] });
        // B: man, level 5, no RSA; 26 on the day of his integration (born 10/03/1999, integrated 10/03/2025: « 26 à 44 ans »).
        // An IAE contract (apart), a training step; business created 1 April 2025 and exit 15 November: positive (creation).
        await Add("M", D(1999, 3, 10), new() { Rsa = false, EducationLevel = 5 },
            Referral(D(2025, 1, 15), "departement"), new IntegrationEvent { Date = D(2025, 3, 10) },
            new StepEvent { Date = D(2025, 4, 1), Kind = "workshop" }, new StepEvent { Date = D(2025, 5, 1), Kind = "training" },
            new SectorWishEvent { Date = D(2025, 3, 1), Sector = "K" },
            new ContractEvent { Date = D(2025, 4, 1), End = D(2025, 6, 30), Kind = "iae", WeeklyHours = 26 },
            new BusinessCreationEvent { Date = D(2025, 4, 1) },
            new ExitEvent { Date = D(2025, 11, 15), Reason = "business_creation" });
        // C: woman, education level unknown, RSA; 50 at her integration; two CDD signed, a dropout: exits 3, positive 2.
        await Add("F", D(1975, 1, 1), new() { Rsa = true, EducationLevel = null },
            Referral(D(2025, 4, 1), "spontaneous"), new IntegrationEvent { Date = D(2025, 5, 1) },
            new ContractEvent { Date = D(2025, 6, 1), End = D(2025, 6, 30), Kind = "cdd", WeeklyHours = 20 },
            new ContractEvent { Date = D(2025, 8, 1), End = D(2025, 8, 31), Kind = "cdd", WeeklyHours = 20 },
            new SectorWishEvent { Date = D(2025, 4, 15), Sector = "K" },
            new ExitEvent { Date = D(2025, 12, 1), Reason = "dropout" });
        // D: integrated in 2024 (not part of the 2025 public), still in pathway, a barrier and a step in 2025.
        await Add("M", D(1980, 1, 1), new() { Rsa = true, EducationLevel = 2 },
            Referral(D(2024, 5, 1)), new IntegrationEvent { Date = D(2024, 6, 1) },
            new SectorWishEvent { Date = D(2024, 5, 20), Sector = "A" },
            new BarrierEvent { Date = D(2025, 2, 1), Family = "housing" },
            new StepEvent { Date = D(2025, 2, 1), Kind = "workshop" },
            // Noted after the period's end (read on 15 March 2026): not the wish of 2025.
            new SectorWishEvent { Date = D(2026, 2, 1), Sector = "N" });
        // E: accompanied in 2023-2024 only (exit in 2024), a wish of 2024: not accompanied in 2025, not counted.
        await Add("F", D(1985, 1, 1), new() { Rsa = false, EducationLevel = 4 },
            Referral(D(2023, 9, 1)), new IntegrationEvent { Date = D(2023, 10, 1) },
            new SectorWishEvent { Date = D(2024, 1, 10), Sector = "K" },
            new ExitEvent { Date = D(2024, 6, 30), Reason = "dropout" });

        await using var scope = await Db.UserScopeAsync(coordinator);
        return (await scope.ServiceProvider.GetRequiredService<PathwayStatistics>().ActivityAsync(ReportPeriod.Year(2025), Today))!;
    }

    [Fact]
    public async Task The_public_integrated_in_the_year_by_sex_level_RSA_and_age_on_the_day_of_integration()
    {
        var a = (await ArrangeAndReadAsync()).Activity;
        // Integrated in 2025: A, B, C (D in 2024). Women A, C; level known A (3), B (5) → 1 of 2 at 3 or below; RSA A, C.
        Assert.Equal((3, 2, 2, 1, 2), (a.Integrated, a.Women, a.EducationKnown, a.LowEducation, a.RsaAtEntry));
        // Ages: A 25 → under 26; B 26 on the very day (born 10/03/1999, integrated 10/03/2025) → 26 to 44; C 50.
        Assert.Equal([("under_26", 1), ("26_44", 1), ("45_plus", 1)], a.AgeBands.Select(b => (b.Code, b.Count)));
    }

    [Fact]
    public async Task Contracts_signed_with_IAE_apart_and_positive_exits_by_kind_with_the_CDI_share()
    {
        var report = await ArrangeAndReadAsync();
        var a = report.Activity;
        // Contracts started in 2025: A's CDI, C's two CDD → 3 for 2 people; B's IAE contract apart.
        Assert.Equal((3, 2, 1, 1), (a.Contracts, a.ContractPeople, a.IaeContracts, a.IaePeople));
        // Exits A (positive, CDI), B (positive, business), C (dropout): employment 1 (after a CDI), creation 1, training 0.
        Assert.Equal((3, 2), (report.Pathways.Exits, report.Pathways.PositiveExits));
        Assert.Equal([("employment", 1), ("creation", 1), ("training", 0)], a.PositiveByKind.Select(k => (k.Code, k.Count)));
        Assert.Equal((1, 1), (a.EmploymentExits, a.CdiExits));
        // Steps started in 2025: A 1, B 2, D 1 = 4, for 4 people followed; referrals of 2025: A (FT), B (Département), C (spontaneous).
        Assert.Equal(4, report.Pathways.StepsByKind.Sum(s => s.Count));
        Assert.Equal(4, report.Pathways.PeopleFollowed);
        Assert.Equal(["departement", "france_travail", "spontaneous"], report.Intake.ByPrescriber.Select(p => p.Code).Order());
    }

    /// <summary>Issue 6 item 6: the report exports to XLSX, a sheet per part, counts as numbers, shares as fractions, no formula.</summary>
    [Fact]
    public async Task The_workbook_carries_each_part_of_the_report_with_its_counts_and_shares()
    {
        var report = await ArrangeAndReadAsync();
        using var buffer = new MemoryStream();
        ActivityWorkbook.Write(report, buffer);

        using var document = SpreadsheetDocument.Open(new MemoryStream(buffer.ToArray()), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Public", "Prescripteurs", "Accompagnement", "Étapes", "Secteurs souhaités", "Freins", "Sorties"], sheets.Select(s => s.Name!.Value));
        List<string[]> Rows(int sheet) =>
            [.. ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[sheet].Id!)).Worksheet.Descendants<Row>()
                .Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToArray())];
        Assert.DoesNotContain(document.WorkbookPart.WorksheetParts, w => w.Worksheet.Descendants<CellFormula>().Any());
        // Row 1: the title; row 2: the headings; then the figures counted in the tests above.
        Assert.StartsWith("Rapport d'activité du 01/01/2025 au 31/12/2025", Rows(0)[0][0]);
        Assert.Equal(["Personnes intégrées", "3", ""], Rows(0)[2]);
        Assert.Equal(["Femmes", "2", (2m / 3).ToString("0.####", CultureInfo.InvariantCulture)], Rows(0)[3]);
        Assert.Equal(["Sorties positives", "2", (2m / 3).ToString("0.####", CultureInfo.InvariantCulture)], Rows(6)[3]);
        Assert.Equal(["Services à la personne et à la collectivité", "2", "0.5"], Rows(4)[2]);
        Assert.Equal(["Contrats signés dans l'IAE", "1"], Rows(2)[9]);
    }

    /// <summary>
    /// Seed 003: « Les souhaits de secteurs d'activité les plus souvent exprimés par les participants et validés par les
    /// référentes sont : le nettoyage de locaux, les services à la personne, la vente … » — people accompanied in the
    /// period, each once in the sector of their latest wish up to the period's end, most frequent first.
    /// </summary>
    [Fact]
    public async Task Sectors_wished_by_the_people_accompanied_count_each_person_once_by_their_latest_wish_of_the_period()
    {
        var report = await ArrangeAndReadAsync();
        // A: K at the diagnostic then D in pathway → D. B: K. C: K.
        // D: A noted in 2024, still his latest at the end of 2025 (N noted in 2026, after the period) → A. E: not accompanied in 2025. K 2 (B, C), then A 1 (D), D 1 (A) by letter.
        Assert.Equal([("K", 2), ("A", 1), ("D", 1)], report.Activity.Sectors.Select(s => (s.Code, s.People)));
        Assert.Equal("Services à la personne et à la collectivité", report.Activity.Sectors[0].Label);
        Assert.Equal(FigureKeys.Sector("K"), report.Activity.Sectors[0].Key);

        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator, "second@casa.test");
        await using var scope = await Db.UserScopeAsync(coordinator);
        var people = await scope.ServiceProvider.GetRequiredService<PathwayStatistics>().PeopleAsync(ReportPeriod.Year(2025), null, FigureKeys.Sector("K"), Today);
        Assert.Equal(2, people!.Count);
    }
}
