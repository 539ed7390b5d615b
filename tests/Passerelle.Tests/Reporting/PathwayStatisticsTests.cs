using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// The coordinators' figures (issue 4 item 6) on a hand-built CASA PLIE, every figure computed by hand below. Year
/// 2025 read on 15 March 2026: states are read on 31 December 2025, facts after it are not known.
/// </summary>
public class PathwayStatisticsTests : DatabaseTest
{
    private const string A = "a@casa.test", B = "b@casa.test";
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly ReportPeriod Year2025 = ReportPeriod.Year(2025);

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static ReferralEvent Referral(DateOnly date) => new() { Date = date, PrescriberKind = "france_travail", Channel = "flow" };

    private async Task<(Organisation Plie, AppUser RefA, AppUser RefB, Dictionary<string, Person> People)> ArrangeAsync()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var other = await Seed.PlieAsync(Db, "autre");
        var refA = await Seed.UserAsync(Db, "casa", Role.Referent, A);
        var refB = await Seed.UserAsync(Db, "casa", Role.Referent, B);
        var people = new Dictionary<string, Person>();
        async Task Add(string name, Guid plieId, params JourneyEvent[] events) =>
            people[name] = await new PersonBuilder(plieId).WithEvents(_ => [.. events]).SaveAsync(Db);

        // P1 (A): 20 months, CDI since May: positive « CDI … 6 mois » (003 art. 5; a running CDI qualifies from its
        // signature), payslips missing — counted positive at CASA, proofs « missing ». Housing barrier identified at the
        // diagnostic, lifted in June. Two steps started in 2025.
        await Add("P1", plie.Id, Referral(D(2024, 1, 10)),
            new BarrierEvent { Date = D(2024, 2, 15), Family = "housing", WorkedFrom = D(2024, 5, 1), End = D(2025, 6, 30) },
            new IntegrationEvent { Date = D(2024, 3, 1), Referent = A },
            new StepEvent { Date = D(2025, 2, 1), End = D(2025, 4, 30), Kind = "training" },
            new StepEvent { Date = D(2025, 3, 10), Kind = "workshop" },
            new ContractEvent { Date = D(2025, 5, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = D(2025, 11, 30), Reason = "employment", Proofs = ["contract"] });
        // P2 (A): 6 months then dropout. Transport barrier never worked on; a mobility aid realised, an AFC refused only
        // in January 2026 (still waiting on 31 December 2025).
        await Add("P2", plie.Id, Referral(D(2025, 1, 5)),
            new BarrierEvent { Date = D(2025, 1, 20), Family = "transport" },
            new IntegrationEvent { Date = D(2025, 2, 1), Referent = A },
            new RequestEvent { Date = D(2025, 3, 1), Kind = "mobility", Outcome = "realised", OutcomeDate = D(2025, 3, 20) },
            new RequestEvent { Date = D(2025, 5, 1), Kind = "afc", Outcome = "refused", OutcomeDate = D(2026, 1, 10) },
            new StepEvent { Date = D(2025, 6, 1), End = D(2025, 6, 14), Kind = "immersion" },
            new ExitEvent { Date = D(2025, 8, 1), Reason = "dropout" });
        // P3 (B): running since June 2023 (30 months: « 24 mois et plus »). A step started in 2024 is not a 2025 step;
        // a barrier lifted in 2024 is not a 2025 barrier; the health barrier is being worked on.
        await Add("P3", plie.Id, Referral(D(2023, 5, 1)),
            new BarrierEvent { Date = D(2024, 1, 1), Family = "career", End = D(2024, 12, 31) },
            new IntegrationEvent { Date = D(2023, 6, 1), Referent = B },
            new StepEvent { Date = D(2024, 12, 15), End = D(2025, 1, 15), Kind = "assessment" },
            new BarrierEvent { Date = D(2025, 4, 1), Family = "health", WorkedFrom = D(2025, 5, 1) },
            new StepEvent { Date = D(2025, 10, 1), Kind = "training" });
        // P4: integrated by B, handed over to A in November: A's pathway (PathwayFacts.Referent). Running, 2 months.
        await Add("P4", plie.Id, Referral(D(2025, 9, 1)),
            new IntegrationEvent { Date = D(2025, 10, 1), Referent = B },
            new ReferentChangeEvent { Date = D(2025, 11, 1), Referent = A, Reason = "absence" });
        // P5 (A): an earlier pathway ended in 2024 (not counted), back in March 2025, « fin de parcours » after 9 months:
        // not a long pathway (< 24 months), type « Autres ». A housing barrier lifted only in 2026: worked on at year end.
        await Add("P5", plie.Id, Referral(D(2022, 12, 1)),
            new IntegrationEvent { Date = D(2023, 1, 10), Referent = B },
            new StepEvent { Date = D(2023, 3, 1), Kind = "workshop" },
            new ExitEvent { Date = D(2024, 5, 1), Reason = "moved" },
            new ReferralEvent { Date = D(2025, 2, 1), PrescriberKind = "departement", Channel = "flow" },
            new BarrierEvent { Date = D(2025, 3, 5), Family = "housing", WorkedFrom = D(2025, 4, 1), End = D(2026, 1, 15) },
            new IntegrationEvent { Date = D(2025, 3, 1), Referent = A },
            new StepEvent { Date = D(2025, 4, 1), Kind = "workshop" },
            new ExitEvent { Date = D(2025, 12, 15), Reason = "end_of_pathway" });
        // P6 (A): left on 1 February 2026, so still running on 31 December 2025 (11 months). Licence B aid unanswered.
        await Add("P6", plie.Id, Referral(D(2025, 1, 2)),
            new IntegrationEvent { Date = D(2025, 1, 15), Referent = A },
            new StepEvent { Date = D(2025, 6, 1), Kind = "service" },
            new RequestEvent { Date = D(2025, 7, 1), Kind = "licence_b" },
            new ExitEvent { Date = D(2026, 2, 1), Reason = "moved" });
        // P8: referred, never integrated: no pathway, none of their facts counts.
        await Add("P8", plie.Id, Referral(D(2025, 1, 1)),
            new BarrierEvent { Date = D(2025, 1, 5), Family = "financial" },
            new RequestEvent { Date = D(2025, 1, 10), Kind = "poe" },
            new StepEvent { Date = D(2025, 2, 1), Kind = "training" });
        // P9 (B): qualification obtained, certificate received: positive, proofs complete. 7 months.
        await Add("P9", plie.Id, Referral(D(2024, 8, 1)),
            new IntegrationEvent { Date = D(2024, 9, 1), Referent = B },
            new TrainingEvent { Date = D(2024, 10, 1), End = D(2025, 3, 31), Qualifying = true, QualificationObtained = D(2025, 3, 31) },
            new ExitEvent { Date = D(2025, 4, 15), Reason = "training", Proofs = ["qualification_certificate"] });
        // Another PLIE's person, under A's address: never counted.
        await Add("P7", other.Id, Referral(D(2025, 1, 1)),
            new BarrierEvent { Date = D(2025, 1, 5), Family = "health" },
            new IntegrationEvent { Date = D(2025, 1, 10), Referent = A },
            new StepEvent { Date = D(2025, 2, 1), Kind = "training" },
            new ExitEvent { Date = D(2025, 5, 1), Reason = "dropout" });
        return (plie, refA, refB, people);
    }

    private async Task<PathwayFigures> FiguresAsync(AppUser user, ReportPeriod period, Guid? referent = null)
    {
        await using var scope = await Db.UserScopeAsync(user);
        var figures = await scope.ServiceProvider.GetRequiredService<PathwayStatistics>().ComputeAsync(period, referent, Today);
        return Assert.IsType<PathwayFigures>(figures);
    }

    private static Dictionary<string, int> Counts(IEnumerable<CountRow> rows) => rows.ToDictionary(r => r.Code, r => r.Count);

    [Fact]
    public async Task The_plie_figures_of_a_past_year_are_read_from_the_facts_as_they_stood_at_its_end()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var f = await FiguresAsync(coordinator, Year2025);

        Assert.Equal(D(2025, 12, 31), f.AsOf);
        Assert.Equal(7, f.PeopleFollowed); // P1 P2 P3 P4 P5 P6 P9
        Assert.Equal(4, f.Integrations); // P2 P4 P5 P6
        Assert.Equal(4, f.Exits); // P1 P2 P5 P9
        Assert.Equal(2, f.PositiveExits); // P1 P9
        Assert.Equal(0.5m, f.PositiveRate);
        // Durations: exits P1 20 months, P2 6, P5 9, P9 7; running on 31/12/2025 P3 30 months, P4 2, P6 11.
        Assert.Equal([("lt6", 0, 1), ("6-12", 3, 1), ("12-18", 0, 0), ("18-24", 1, 0), ("24+", 0, 1)],
            f.Durations.Bands.Select(b => (b.Band, b.Exited, b.Running)));
        Assert.Equal((4, 2, 3), (f.Durations.Exited, f.Durations.Positive, f.Durations.Running));
        // Days / 30.4375: exits (639 + 181 + 289 + 226) / 4; positive (639 + 226) / 2; running (944 + 91 + 350) / 3.
        Assert.Equal((11.0m, 14.2m, 15.2m), (f.Durations.AverageExited, f.Durations.AveragePositive, f.Durations.AverageRunning));
        Assert.Equal(new Dictionary<string, int> { ["training"] = 2, ["workshop"] = 2, ["immersion"] = 1, ["service"] = 1 }, Counts(f.StepsByKind));
        Assert.Equal(2, f.StepsByKind.Single(s => s.Code == "training").People);
        Assert.Equal([("housing", 2, 1, 1, 0, 2), ("health", 1, 0, 1, 0, 1), ("transport", 1, 0, 0, 1, 1)],
            f.BarriersByFamily.OrderByDescending(b => b.Barriers).ThenBy(b => b.Family).Select(b => (b.Family, b.Barriers, b.Lifted, b.Worked, b.Waiting, b.People)));
        Assert.Equal(new Dictionary<string, int> { ["employment"] = 1, ["dropout"] = 1, ["end_of_pathway"] = 1, ["training"] = 1 }, Counts(f.ExitsByReason));
        Assert.Equal(new Dictionary<string, int> { ["positive"] = 2, ["dropout"] = 1, ["long_pathway"] = 0, ["administrative"] = 0, ["other"] = 1 }, Counts(f.ExitsByCategory));
        Assert.Equal((1, 1), (f.Proofs.Complete, f.Proofs.Missing));
        Assert.Equal(new Dictionary<string, int> { ["payslips"] = 1 }, Counts(f.Proofs.MissingByProof));
        Assert.Equal([("mobility", 1, 0, 0), ("afc", 0, 0, 1), ("licence_b", 0, 0, 1)],
            f.Requests.OrderBy(r => r.Kind == "mobility" ? 0 : 1).ThenBy(r => r.Kind).Select(r => (r.Kind, r.Realised, r.Refused, r.Waiting)));
        Assert.Equal([(A, 2, 3, 1, 12.1m), (B, 1, 1, 1, 7.4m)],
            f.ByReferent.Select(r => (r.Referent!, r.Running, r.Exits, r.Positive, r.AverageExitMonths!.Value)));
    }

    [Fact]
    public async Task A_referents_figures_count_the_pathways_they_follow_last_and_a_referent_never_sees_anothers()
    {
        var (_, refA, refB, _) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var ofA = await FiguresAsync(coordinator, Year2025, refA.Id);
        var asA = await FiguresAsync(refA, Year2025, refB.Id); // a referent asking for another's figures gets their own

        Assert.Equal(5, ofA.PeopleFollowed); // P1 P2 P4 (handed over to A) P5 P6
        Assert.Equal((3, 1), (ofA.Exits, ofA.PositiveExits));
        Assert.Equal([("lt6", 0, 1), ("6-12", 2, 1), ("12-18", 0, 0), ("18-24", 1, 0), ("24+", 0, 0)],
            ofA.Durations.Bands.Select(b => (b.Band, b.Exited, b.Running)));
        Assert.DoesNotContain(ofA.BarriersByFamily, b => b.Family == "health");
        Assert.Equal([A], ofA.ByReferent.Select(r => r.Referent));
        Assert.Equal(ofA.PeopleFollowed, asA.PeopleFollowed);
        Assert.Equal(ofA.Exits, asA.Exits);
    }

    [Fact]
    public async Task The_current_year_is_read_on_today_and_counts_the_exits_recorded_since()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        var f = await FiguresAsync(coordinator, ReportPeriod.Year(2026));

        Assert.Equal(Today, f.AsOf);
        Assert.Equal(1, f.Exits); // P6, « déménagement »: administrative (003 art. 5)
        Assert.Equal(1, f.ExitsByCategory.Single(c => c.Code == "administrative").Count);
        Assert.Equal(2, f.Durations.Running); // P3 and P4
        // The AFC refused on 10/01/2026 was asked in 2025: not a 2026 request. P5's housing barrier, lifted in 2026,
        // belongs to a pathway that ended in 2025; P3's health barrier is still being worked on.
        Assert.Empty(f.Requests);
        Assert.Equal([("health", 1, 1)], f.BarriersByFamily.Select(b => (b.Family, b.Barriers, b.Worked)));
    }

    [Fact]
    public async Task A_referent_id_of_another_plie_answers_as_a_missing_one()
    {
        await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);
        var foreign = await Seed.UserAsync(Db, "autre", Role.Referent);

        await using var scope = await Db.UserScopeAsync(coordinator);
        var statistics = scope.ServiceProvider.GetRequiredService<PathwayStatistics>();

        Assert.Null(await statistics.ComputeAsync(Year2025, foreign.Id, Today));
        Assert.Null(await statistics.ComputeAsync(Year2025, Guid.NewGuid(), Today));
        Assert.Equal([A, B], (await statistics.ReferentsAsync()).Select(r => r.Email).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_view_leaves_one_audit_line_with_codes_and_the_people_behind_a_figure_one_line_each()
    {
        var (plie, refA, _, people) = await ArrangeAsync();
        var coordinator = await Seed.UserAsync(Db, "casa", Role.Coordinator);

        await using var scope = await Db.UserScopeAsync(coordinator);
        var statistics = scope.ServiceProvider.GetRequiredService<PathwayStatistics>();
        await statistics.ComputeAsync(Year2025, refA.Id, Today);
        var housing = await statistics.PeopleAsync(Year2025, null, FigureKeys.Barrier("housing", "all"), Today);
        var refused = await statistics.PeopleAsync(Year2025, null, "nom.Dupont", Today);

        Assert.Equal(new[] { people["P1"].Id, people["P5"].Id }.Order(), housing!.Select(p => p.Id).Order());
        Assert.Empty((await statistics.PeopleAsync(Year2025, null, FigureKeys.Step("iae"), Today))!);
        Assert.Empty((await statistics.PeopleAsync(Year2025, null, "pas de chiffre", Today)) ?? []);
        await using var system = Db.SystemScope();
        var audit = await system.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AsNoTracking()
            .Where(a => a.Action == PathwayStatistics.ViewAction || a.Action == PathwayStatistics.ListAction).OrderBy(a => a.Seq).ToListAsync();
        var view = Assert.Single(audit, a => a.Action == PathwayStatistics.ViewAction);
        Assert.Equal((plie.Id, plie.Id.ToString()), (view.PlieId!.Value, view.RecordId!));
        Assert.Equal($$"""{"from":"2025-01-01","to":"2025-12-31","referent":"{{refA.Id}}"}""", view.Detail);
        Assert.Equal(new[] { people["P1"].Id.ToString(), people["P5"].Id.ToString() }.Order(),
            audit.Where(a => a.Action == PathwayStatistics.ListAction).Select(a => a.RecordId!).Order());
        Assert.All(audit.Where(a => a.Action == PathwayStatistics.ListAction), a => Assert.Equal("""{"figure":"barrier.housing.all"}""", a.Detail));
        Assert.Null(refused);
    }
}
