using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Reporting;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// Progress against the protocol objectives (issue 6 item 5) on hand-built PLIE, figures counted by hand. CASA 2021-2023
/// (003 art. 5, 000 art. 3-1) read on 1 July 2022, half-way (546 of 1,095 days elapsed); Martigues (002 art. 3-1).
/// </summary>
public class ProtocolObjectivesTests : DatabaseTest
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private async Task<IReadOnlyList<ObjectiveProgress>> ReadAsync(string plie, DateOnly today)
    {
        var coordinator = await Seed.UserAsync(Db, plie, Role.Coordinator);
        await using var scope = await Db.UserScopeAsync(coordinator);
        return (await scope.ServiceProvider.GetRequiredService<ProtocolObjectives>().ProgressAsync(today)).Single().Objectives;
    }

    private Task Add(Guid plie, bool rsa, params JourneyEvent[] events) =>
        new PersonBuilder(plie).WithSituation(new() { Rsa = rsa, EducationLevel = 3 }).WithEvents(_ => [.. events]).SaveAsync(Db);

    [Fact]
    public async Task Casa_people_accompanied_RSA_among_them_positive_exits_of_ended_pathways_and_work_contracts_with_projection()
    {
        var plie = (await Seed.PlieAsync(Db, "casa")).Id;
        ReferralEvent Referral(DateOnly d) => new() { Date = d, PrescriberKind = "france_travail", Channel = "flow" };
        // P1 (RSA): integrated 2021, CDI in 2021, positive exit in 2022.
        await Add(plie, true, Referral(D(2021, 2, 1)), new IntegrationEvent { Date = D(2021, 3, 1) },
            new ContractEvent { Date = D(2021, 6, 1), Kind = "cdi", WeeklyHours = 35 },
            new ExitEvent { Date = D(2022, 1, 15), Reason = "employment", Proofs = ["contract", "payslips"] });
        // P2 (RSA): integrated 2021, moved away in 2022 — an administrative exit, not « arrivé au terme du parcours ».
        await Add(plie, true, Referral(D(2021, 4, 1)), new IntegrationEvent { Date = D(2021, 5, 1) },
            new ExitEvent { Date = D(2022, 2, 1), Reason = "moved" });
        // P3 (no RSA): integrated 2022, dropout in 2022.
        await Add(plie, false, Referral(D(2022, 1, 5)), new IntegrationEvent { Date = D(2022, 2, 1) },
            new ExitEvent { Date = D(2022, 5, 1), Reason = "dropout" });
        // P4 (no RSA): integrated 2020 under the previous protocol, still accompanied in 2021: counts as accompanied.
        await Add(plie, false, Referral(D(2020, 9, 1)), new IntegrationEvent { Date = D(2020, 10, 1) });

        var objectives = (await ReadAsync("casa", D(2022, 7, 1))).ToDictionary(o => o.Objective.Id);

        // 750 people over the protocol: 4 accompanied so far; projection 4 × 1,095 / 547 days → 8.
        var people = objectives["people_accompanied"].Periods.Single();
        Assert.Equal((4m, 8m), (people.Realised, people.Projected));
        // dont 480 RSA: P1, P2.
        Assert.Equal(2m, objectives["rsa_accompanied"].Periods.Single().Realised);
        // 50 % positive among ended pathways: exits P1 (positive), P2 (administrative, left out), P3 → 1 / 2.
        var positive = objectives["positive_exit_rate"].Periods.Single();
        Assert.Equal((0.5m, (decimal?)null), (positive.Realised, positive.Projected));
        // ≥ 40 % with a work contract: P1 of 4 → 25 %.
        Assert.Equal(0.25m, objectives["work_contract_rate"].Periods.Single().Realised);
        // 250 participants a year: 2021 P1, P2, P4 = 3 (closed year); 2022 P1, P2, P3, P4 = 4 so far → 4 × 365 / 182 → 8; 2023 not begun: no row.
        Assert.Equal(["2021", "2022"], objectives["participants_per_year"].Periods.Select(p => p.Label));
        Assert.Equal([(3m, (decimal?)null), (4m, 8m)], objectives["participants_per_year"].Periods.Select(p => (p.Realised!.Value, p.Projected)));
    }

    [Fact]
    public async Task Martigues_yearly_integrations_and_positive_exits_and_cov_France_Travail_referrals_only()
    {
        var martigues = (await Seed.PlieAsync(Db, "martigues", "martigues-2023-2027")).Id;
        await Add(martigues, true, new ReferralEvent { Date = D(2023, 1, 10), PrescriberKind = "departement", Channel = "flow" },
            new IntegrationEvent { Date = D(2023, 2, 1) }, new ExitEvent { Date = D(2023, 11, 1), Reason = "dropout" });
        var cov = (await Seed.PlieAsync(Db, "cov", "cov-2020-2022")).Id;
        await Add(cov, true, new ReferralEvent { Date = D(2020, 3, 1), PrescriberKind = "france_travail", Channel = "flow" });
        await Add(cov, true, new ReferralEvent { Date = D(2020, 3, 2), PrescriberKind = "departement", Channel = "flow" });

        var m = (await ReadAsync("martigues", D(2024, 1, 15))).ToDictionary(o => o.Objective.Id);
        var c = (await ReadAsync("cov", D(2020, 12, 31))).ToDictionary(o => o.Objective.Id);

        // ≥ 225 integrations a year: 2023 closed with 1; 2024 begun with none (projection 0).
        Assert.Equal([("2023", 1m), ("2024", 0m)], m["new_integrations"].Periods.Select(p => (p.Label, p.Realised!.Value)));
        // 50 % of the exits positive: the dropout of 2023 → 0 %; no exit in 2024 → no rate.
        Assert.Equal([0m, null], m["positive_exit_rate"].Periods.Select(p => p.Realised));
        // 250-300 referrals a year from France Travail: the Département's referral is not one of them.
        Assert.Equal(1m, c["referrals_from_france_travail"].Periods.First().Realised);
    }
}
