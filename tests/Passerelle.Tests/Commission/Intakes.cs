using Passerelle.Core.Journeys;

namespace Passerelle.Tests.Commission;

/// <summary>Journeys before the integration, dated from today backwards (decisions are taken on a session's day, never in the future).</summary>
public static class Intakes
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Referred by France Travail 40 days ago, received and in diagnostic for 30 days (000 art. 3-4 b).</summary>
    public static List<JourneyEvent> InDiagnostic(DateOnly _) =>
    [
        new ReferralEvent { Date = Today.AddDays(-40), PrescriberKind = "france_travail", PrescriberOrg = "FT-ANTIBES", Channel = "flow" },
        new FirstContactEvent { Date = Today.AddDays(-30), Mode = "individual", Attended = true },
        new DiagnosticStartEvent { Date = Today.AddDays(-30) },
    ];

    /// <summary>Referred 10 days ago, not received yet.</summary>
    public static List<JourneyEvent> Referred(DateOnly _) =>
        [new ReferralEvent { Date = Today.AddDays(-10), PrescriberKind = "departement", Channel = "flow" }];

    /// <summary>In pathway for <paramref name="months"/> months with <paramref name="referent"/>.</summary>
    public static Func<DateOnly, List<JourneyEvent>> InPathway(string referent, int months = 3, string prescriber = "france_travail") => _ =>
    [
        new ReferralEvent { Date = Today.AddMonths(-months).AddDays(-30), PrescriberKind = prescriber, Channel = "flow" },
        new IntegrationEvent { Date = Today.AddMonths(-months), Referent = referent },
    ];
}
