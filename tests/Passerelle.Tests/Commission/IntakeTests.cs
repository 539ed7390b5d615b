using Passerelle.Core.Commission;
using Passerelle.Core.Journeys;

namespace Passerelle.Tests.Commission;

/// <summary>Where a referred person stands before the decision, from their facts (domain.md steps 1-4; 000 art. 3-4 b).</summary>
public class IntakeTests
{
    private static readonly DateOnly D = new(2025, 3, 3);

    private static JourneyEvent Referral(int day) => new ReferralEvent { Date = D.AddDays(day), PrescriberKind = "france_travail", Channel = "flow" };

    public static TheoryData<string, JourneyEvent[], IntakeStage, int?> Cases => new()
    {
        { "nothing", [], IntakeStage.None, null },
        { "referred", [Referral(0)], IntakeStage.AwaitingFirstContact, 0 },
        { "absent at the first contact", [Referral(0), new FirstContactEvent { Date = D.AddDays(5), Mode = "collective", Attended = false }], IntakeStage.AwaitingFirstContact, 0 },
        { "received collectively", [Referral(0), new FirstContactEvent { Date = D.AddDays(5), Mode = "collective", Attended = true }], IntakeStage.FirstContactDone, 5 },
        { "diagnostic from the first individual interview", [Referral(0), new FirstContactEvent { Date = D.AddDays(5), Mode = "individual", Attended = true }, new DiagnosticStartEvent { Date = D.AddDays(5) }], IntakeStage.Diagnostic, 5 },
        { "refused", [Referral(0), new DiagnosticStartEvent { Date = D.AddDays(5) }, new RefusalEvent { Date = D.AddDays(20), Reason = "moved" }], IntakeStage.Refused, 20 },
        { "integrated", [Referral(0), new IntegrationEvent { Date = D.AddDays(20) }], IntakeStage.InPathway, 20 },
        { "exited", [Referral(0), new IntegrationEvent { Date = D.AddDays(20) }, new ExitEvent { Date = D.AddDays(200), Reason = "moved" }], IntakeStage.Exited, 200 },
        { "referred again after an exit", [Referral(0), new IntegrationEvent { Date = D.AddDays(20) }, new ExitEvent { Date = D.AddDays(200), Reason = "moved" }, Referral(300)], IntakeStage.AwaitingFirstContact, 300 },
        { "refused then referred again", [Referral(0), new RefusalEvent { Date = D.AddDays(20), Reason = "absent" }, Referral(60)], IntakeStage.AwaitingFirstContact, 60 },
        { "same-day referral and first contact", [new FirstContactEvent { Date = D, Mode = "collective", Attended = true }, Referral(0)], IntakeStage.FirstContactDone, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_stage_follows_the_latest_referral(string _, JourneyEvent[] events, IntakeStage stage, int? sinceDay)
    {
        var seq = 0;
        foreach (var e in events) e.Seq = seq++;

        var intake = Intake.Of(events);

        Assert.Equal((stage, sinceDay is { } d ? D.AddDays(d) : (DateOnly?)null), (intake.Stage, intake.Since));
    }
}
