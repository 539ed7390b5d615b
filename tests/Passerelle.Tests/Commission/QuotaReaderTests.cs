using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The protocol's quotas on the year: Martigues « les allocataires du RSA représentent au minimum 60 % des publics
/// accompagnés » (002 art. 3-1), measured on the year's integrations; COV « le public DELD/DETLD représentant moins de 50 %
/// des orientations » (001 art. 2-1), measured on the year's referrals.
/// </summary>
public class QuotaReaderTests : CommissionTest
{
    private static Func<DateOnly, List<JourneyEvent>> IntegratedThisYear => _ =>
    [
        new ReferralEvent { Date = new DateOnly(Intakes.Today.Year, 1, 1), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = new DateOnly(Intakes.Today.Year, 1, 2) },
    ];

    private static Func<DateOnly, List<JourneyEvent>> IntegratedLastYear => _ =>
    [
        new ReferralEvent { Date = new DateOnly(Intakes.Today.Year - 1, 3, 1), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = new DateOnly(Intakes.Today.Year - 1, 3, 2) },
    ];

    [Theory]
    [InlineData(3, 2, true)]   // 60 % exactly: « au minimum »
    [InlineData(2, 2, false)]  // 50 %
    public async Task Martigues_RSA_share_of_the_year_integrations_002_art_3_1(int rsa, int others, bool met)
    {
        await ArrangePlieAsync("martigues-2023-2027", "martigues");
        for (var i = 0; i < rsa; i++) await PersonAsync(IntegratedThisYear, situation: new Situation { Rsa = true });
        for (var i = 0; i < others; i++) await PersonAsync(IntegratedThisYear, situation: new Situation { Ass = true });
        await PersonAsync(IntegratedLastYear, situation: new Situation { Ass = true });

        var quota = Assert.Single(await AsAsync<QuotaReader, IReadOnlyList<QuotaStatus>>(Coordinator, q => q.ForYearAsync(Intakes.Today.Year, Intakes.Today)));

        Assert.Equal(("rsa_share", rsa, rsa + others, met), (quota.Quota.Id, quota.Count, quota.Base, quota.Met));
        Assert.Equal("au moins 60 %", quota.Target);
    }

    [Theory]
    [InlineData(1, 2, true)]
    [InlineData(1, 1, false)]  // 50 %: « moins de 50 % » is strict
    public async Task COV_long_term_job_seekers_under_half_of_the_year_referrals_001_art_2_1(int longTerm, int others, bool met)
    {
        await ArrangePlieAsync("cov-2020-2022", "cov");
        for (var i = 0; i < longTerm; i++) await PersonAsync(Intakes.Referred, situation: new Situation { LongTermUnemployed = true });
        for (var i = 0; i < others; i++) await PersonAsync(Intakes.Referred, situation: new Situation { Qpv = true });

        var quota = Assert.Single(await AsAsync<QuotaReader, IReadOnlyList<QuotaStatus>>(Coordinator, q => q.ForYearAsync(Intakes.Today.AddDays(-10).Year, Intakes.Today)));

        Assert.Equal((longTerm, longTerm + others, met), (quota.Count, quota.Base, quota.Met));
        Assert.Equal("moins de 50 %", quota.Target);
    }

    [Fact]
    public async Task CASA_sets_no_quota_and_an_empty_year_is_not_judged()
    {
        await ArrangePlieAsync();
        Assert.Empty(await AsAsync<QuotaReader, IReadOnlyList<QuotaStatus>>(Coordinator, q => q.ForYearAsync(Intakes.Today.Year, Intakes.Today)));

        await ArrangePlieAsync("martigues-2023-2027", "martigues");
        Assert.Null(Assert.Single(await AsAsync<QuotaReader, IReadOnlyList<QuotaStatus>>(Coordinator, q => q.ForYearAsync(Intakes.Today.Year, Intakes.Today))).Met);
    }
}
