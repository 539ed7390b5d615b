using Passerelle.Core.Journeys;
using Passerelle.Core.Referrals;

namespace Passerelle.Tests.Referrals;

/// <summary>
/// The status a prescriber sees for each person referred, read from the facts after the referral (issue 3 item 1: oriented,
/// first contact, diagnostic, integrated, refused with its coded reason — 000 data annex C —, exited).
/// </summary>
public class ReferralStatusTests
{
    private static readonly DateOnly D = new(2026, 3, 2);

    private static ReferralEvent Referral(int day = 0) => new() { Date = D.AddDays(day), PrescriberKind = "france_travail", Channel = "flow" };

    private static ReferralStatus StatusOf(ReferralEvent referral, params JourneyEvent[] others) =>
        ReferralStatus.Of(Numbered([referral, .. others]), referral);

    private static List<JourneyEvent> Numbered(params JourneyEvent[] events) =>
        events.Select((e, i) =>
        {
            e.Seq = i;
            return e;
        }).ToList();

    [Fact]
    public void Nothing_after_the_referral_is_oriented()
    {
        var s = StatusOf(Referral());
        Assert.Equal(ReferralStage.Referred, s.Stage);
        Assert.Equal("Orienté·e le 02/03/2026, en attente du premier contact", s.Description);
    }

    [Fact]
    public void An_attended_first_contact_counts_a_missed_one_does_not()
    {
        Assert.Equal(ReferralStage.Referred, StatusOf(Referral(), new FirstContactEvent { Date = D.AddDays(5), Mode = "collective", Attended = false }).Stage);
        var s = StatusOf(Referral(), new FirstContactEvent { Date = D.AddDays(5), Mode = "collective", Attended = true });
        Assert.Equal((ReferralStage.FirstContact, D.AddDays(5)), (s.Stage, s.Since));
    }

    [Fact]
    public void Diagnostic_integration_and_exit_follow_each_other()
    {
        var r = Referral();
        Assert.Equal(ReferralStage.Diagnostic, StatusOf(r, new DiagnosticStartEvent { Date = D.AddDays(7) }).Stage);
        Assert.Equal(ReferralStage.Integrated, StatusOf(r, new DiagnosticStartEvent { Date = D.AddDays(7) }, new IntegrationEvent { Date = D.AddDays(20) }).Stage);
        var exited = StatusOf(r, new IntegrationEvent { Date = D.AddDays(20) }, new ContactEvent { Date = D.AddDays(30), Mode = "phone" }, new ExitEvent { Date = D.AddDays(90), Reason = "employment" });
        Assert.Equal((ReferralStage.Exited, "Sorti·e le 31/05/2026"), (exited.Stage, exited.Description));
    }

    [Fact]
    public void A_refusal_shows_its_coded_reason()
    {
        var s = StatusOf(Referral(), new RefusalEvent { Date = D.AddDays(15), Reason = "not_plie_public" });
        Assert.Equal(ReferralStage.Refused, s.Stage);
        Assert.Equal("Intégration refusée le 17/03/2026 : Ne relève pas du PLIE", s.Description);
    }

    [Fact]
    public void A_person_already_in_a_pathway_when_referred_shows_as_integrated()
    {
        var ours = Referral();
        var journey = Numbered(Referral(-100), new IntegrationEvent { Date = D.AddDays(-80) }, ours);

        var s = ReferralStatus.Of(journey, ours);

        Assert.Equal((ReferralStage.Integrated, D.AddDays(-80)), (s.Stage, s.Since));
    }

    [Fact]
    public void Facts_of_a_later_journey_after_a_refusal_do_not_count()
    {
        var ours = Referral();
        var s = StatusOf(ours, new RefusalEvent { Date = D.AddDays(15), Reason = "absent" }, Referral(200), new IntegrationEvent { Date = D.AddDays(220) });
        Assert.Equal(ReferralStage.Refused, s.Stage);
    }
}
