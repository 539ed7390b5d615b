using Passerelle.Core.Reporting;

namespace Passerelle.Tests.Reporting;

/// <summary>
/// Issue 3 item 8: the coordinator's referral flow, delays and no-shows, built from hand-written intake facts (000 art.
/// 3-4: referral, information collective, first contact, diagnostic, commission). Every figure is counted by hand in the
/// comments. Period: the year 2025.
/// </summary>
public class IntakeFiguresTests
{
    private static readonly ReportPeriod Year2025 = ReportPeriod.Year(2025);
    private static readonly Guid P1 = Guid.NewGuid(), P2 = Guid.NewGuid(), P3 = Guid.NewGuid(), P4 = Guid.NewGuid(), P5 = Guid.NewGuid();

    private static DateOnly D(int m, int d, int y = 2025) => new(y, m, d);

    private static (IntakeFigures Figures, FigureTally Tally) Build()
    {
        var seq = 0;
        IntakeFact F(Guid p, string type, DateOnly date, string? kind = null, string? org = null, bool? attended = null) => new(p, type, date, seq++, kind, org, attended);
        IntakeFact[] facts =
        [
            // P1, France Travail Antibes: absent at the info session, present at the next one; first contact 10 days after the
            // referral (absent first, then present on day 20), diagnostic 5 days later, integrated 15 days after it.
            F(P1, "referral", D(1, 10), "france_travail", "FT-ANTIBES"),
            F(P1, "info_session", D(1, 15), attended: false),
            F(P1, "info_session", D(1, 22), attended: true),
            F(P1, "first_contact", D(1, 25), attended: false),
            F(P1, "first_contact", D(1, 30), attended: true),
            F(P1, "diagnostic_start", D(2, 4)),
            F(P1, "integration", D(2, 19)),
            // P2, France Travail Cannes: received, refused.
            F(P2, "referral", D(3, 1), "france_travail", "FT-CANNES"),
            F(P2, "first_contact", D(3, 11), attended: true),
            F(P2, "diagnostic_start", D(3, 11)),
            F(P2, "refusal", D(4, 10)),
            // P3, Département: referred in 2024 (not a 2025 referral), its first contact in 2025 counts as a convocation only.
            F(P3, "referral", D(12, 1, 2024), "departement"),
            F(P3, "first_contact", D(1, 5), attended: true),
            // P4, France Travail Antibes, never came; re-referred by the Mission Locale in June, received, in diagnostic.
            F(P4, "referral", D(2, 1), "france_travail", "FT-ANTIBES"),
            F(P4, "first_contact", D(2, 15), attended: false),
            F(P4, "referral", D(6, 1), "mission_locale"),
            F(P4, "first_contact", D(6, 9), attended: true),
            F(P4, "diagnostic_start", D(6, 12)),
            // P5, spontaneous in December, waiting; a 2026 first contact is outside the period and not known on its last day.
            F(P5, "referral", D(12, 20), "spontaneous"),
        ];
        return IntakeFigureBuilder.Build(facts, Year2025, code => code == "FT-ANTIBES" ? "Antibes (FT-ANTIBES)" : code);
    }

    [Fact]
    public void Referrals_are_counted_by_prescriber_and_agency_with_re_referrals_counted_twice_for_one_person()
    {
        var (f, tally) = Build();
        // 2025 referrals: P1, P2, P4 ×2, P5 = 5 referrals of 4 people (P3's is of 2024).
        Assert.Equal((5, 4), (f.Referrals, f.People));
        Assert.Equal([("france_travail", 3), ("mission_locale", 1), ("spontaneous", 1)], f.ByPrescriber.Select(r => (r.Code, r.Count)));
        Assert.Equal([("FT-ANTIBES", "Antibes (FT-ANTIBES)", 2), ("FT-CANNES", "FT-CANNES", 1)], f.ByAgency.Select(r => (r.Code, r.Label, r.Count)));
        Assert.True(tally.PeopleOf(FigureKeys.Agency("FT-ANTIBES")).SetEquals([P1, P4]));
    }

    [Fact]
    public void Each_referral_is_at_the_stage_its_own_facts_reached()
    {
        var (f, tally) = Build();
        // P4's first referral: nothing after it before the next referral (its first contact was missed) → waiting; its second:
        // diagnostic. P1 integrated, P2 refused, P5 waiting.
        Assert.Equal([("waiting", 2), ("received", 0), ("diagnostic", 1), ("integrated", 1), ("refused", 1)], f.Outcomes.Select(r => (r.Code, r.Count)));
        Assert.True(tally.PeopleOf(FigureKeys.IntakeOutcome("waiting")).SetEquals([P4, P5]));
    }

    [Fact]
    public void Delays_run_from_the_referral_to_the_first_attended_contact_then_the_diagnostic_then_the_decision()
    {
        var (f, _) = Build();
        var delays = f.Delays.ToDictionary(d => d.Code);
        // Referral → first attended contact: P1 20 d (10/01 → 30/01), P2 10 d, P4 (second referral) 8 d → median 10, mean 12,7.
        Assert.Equal((3, 10m, 12.7m), (delays["first_contact"].Count, delays["first_contact"].MedianDays, delays["first_contact"].MeanDays));
        // First contact → diagnostic: P1 5 d, P2 0 d, P4 3 d → median 3, mean 2,7.
        Assert.Equal((3, 3m, 2.7m), (delays["diagnostic"].Count, delays["diagnostic"].MedianDays, delays["diagnostic"].MeanDays));
        // Diagnostic → decision: P1 15 d, P2 30 d → median 22,5; referral → decision: P1 40 d, P2 40 d.
        Assert.Equal((2, 22.5m, 22.5m), (delays["decision"].Count, delays["decision"].MedianDays, delays["decision"].MeanDays));
        Assert.Equal((2, 40m, 40m), (delays["total"].Count, delays["total"].MedianDays, delays["total"].MeanDays));
    }

    [Fact]
    public void Absences_are_the_convocations_of_the_period_missed_whatever_the_referral_year()
    {
        var (f, tally) = Build();
        var absences = f.Absences.ToDictionary(a => a.Code);
        // Info sessions: P1 ×2, one absence → 50 %. First contacts in 2025: P1 ×2, P2, P3, P4 ×2 = 6, absent P1 and P4 → 2/6.
        Assert.Equal((2, 1, 0.5m), (absences["info_session"].Expected, absences["info_session"].Absent, absences["info_session"].Rate));
        Assert.Equal((6, 2, 0.3333m), (absences["first_contact"].Expected, absences["first_contact"].Absent, absences["first_contact"].Rate));
        Assert.True(tally.PeopleOf(FigureKeys.Absent("first_contact")).SetEquals([P1, P4]));
    }

    [Fact]
    public void Nothing_in_the_period_is_an_empty_view_with_no_rate()
    {
        var (f, _) = IntakeFigureBuilder.Build([], Year2025, c => c);
        Assert.True(f.IsEmpty);
        Assert.All(f.Absences, a => Assert.Null(a.Rate));
        Assert.All(f.Delays, d => Assert.Null(d.MedianDays));
    }
}
