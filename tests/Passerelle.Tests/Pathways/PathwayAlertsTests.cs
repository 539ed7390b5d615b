using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Pathways;

/// <summary>
/// The alerts of 000 art. 3-3 (CASA), 001 art. 2-3 (COV) and 002 art. 3-3 (Martigues) on 15 March 2026, one scenario a
/// row: the journey (<see cref="Scenarios"/>), the preset, and the alert codes expected.
/// </summary>
public class PathwayAlertsTests
{
    private const string Casa = "casa-2021-2023";
    private const string Cov = "cov-2020-2022";
    private const string Martigues = "martigues-2023-2027";
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly DateOnly Integrated = new(2025, 6, 1);

    private static readonly Dictionary<string, Func<List<JourneyEvent>>> Scenarios = new()
    {
        // « au moins un entretien par mois »: a calendar month to the day is still on time, a day more is late.
        ["interview exactly one month ago"] = () => Pathway(Interview(2026, 2, 15)),
        ["interview one month and a day ago"] = () => Pathway(Interview(2026, 2, 14)),
        ["phone call recently, interview two months ago"] = () => Pathway(Interview(2026, 1, 10), Contact(2026, 3, 1, "phone")),
        ["video call recently, interview two months ago"] = () => Pathway(Interview(2026, 1, 10), Contact(2026, 3, 1, "video")),
        ["never contacted since integration"] = () => Pathway(),
        ["suspension covering the gap, ended 1 March"] = () => Pathway(Interview(2026, 1, 10), Suspension(2026, 1, 20, 2026, 3, 1)),
        ["suspension ended 10 February, nothing since"] = () => Pathway(Interview(2026, 1, 10), Suspension(2026, 1, 20, 2026, 2, 10)),
        ["running suspension"] = () => Pathway(Interview(2025, 12, 1), Suspension(2026, 1, 5, null)),
        ["training then adjacent service, ended 5 March"] = () => Pathway(Interview(2025, 11, 1),
            Training(2025, 11, 10, 2026, 1, 31), Step("service", 2026, 2, 1, 2026, 3, 5)),
        ["running training, last contact 20 February"] = () => Pathway(Contact(2026, 2, 20, "phone"), Training(2026, 1, 5, null)),
        ["running training, last contact 10 February"] = () => Pathway(Contact(2026, 2, 10, "phone"), Training(2026, 1, 5, null)),
        ["training begun 1 March, no contact since"] = () => Pathway(Interview(2025, 12, 1), Training(2026, 3, 1, null)),
        ["running service step"] = () => Pathway(Interview(2025, 12, 1), Step("service", 2026, 2, 1, null)),
        ["temporary contract of one month"] = () => Pathway(Interview(2026, 1, 10), Contract("temp", 2026, 3, 1, 2026, 3, 31)),
        ["open-ended CDD since 1 March"] = () => Pathway(Interview(2026, 1, 10), Contract("cdd", 2026, 3, 1, null)),
        ["two phone contacts within the month"] = () => Pathway(Contact(2026, 2, 20, "phone"), Contact(2026, 3, 10, "phone")),
        ["one contact within the month"] = () => Pathway(Contact(2026, 2, 10, "phone"), Contact(2026, 3, 10, "individual")),
        // 24 months on 1 April 2026 (CASA, COV); 18 months on 1 April 2026 (Martigues).
        ["integrated 1 April 2024, up to date"] = () => Pathway(new DateOnly(2024, 4, 1), Interview(2026, 3, 1)),
        ["integrated 1 March 2024, up to date"] = () => Pathway(new DateOnly(2024, 3, 1), Interview(2026, 3, 1)),
        ["integrated 1 October 2024, up to date"] = () => Pathway(new DateOnly(2024, 10, 1), Interview(2026, 3, 1)),
        ["integrated 1 April 2024 by France Travail, up to date"] = () => Referred("france_travail", new DateOnly(2024, 4, 1), Interview(2026, 3, 1)),
        ["integrated 1 April 2024 by France Travail, CDI since 20 October 2025"] = () => Referred("france_travail", new DateOnly(2024, 4, 1),
            Interview(2026, 3, 1), Contract("cdi", 2025, 10, 20, null)),
        ["integrated 1 March 2024, CDI since 20 October 2025"] = () => Pathway(new DateOnly(2024, 3, 1), Interview(2026, 3, 1), Contract("cdi", 2025, 10, 20, null)),
        ["integrated 1 April 2024 by the Département, up to date"] = () => Referred("departement", new DateOnly(2024, 4, 1), Interview(2026, 3, 1)),
        // Follow-up: 6 months (CASA, COV), 3 at Martigues, warned a month before its end.
        ["CDI since 1 October 2025"] = () => Pathway(Interview(2026, 3, 1), Contract("cdi", 2025, 10, 1, null)),
        ["CDI since 1 September 2025"] = () => Pathway(Interview(2026, 3, 1), Contract("cdi", 2025, 9, 1, null)),
        ["CDI since 20 December 2025"] = () => Pathway(Interview(2026, 3, 1), Contract("cdi", 2025, 12, 20, null)),
        ["CUI PEC since 1 October 2025"] = () => Pathway(Interview(2026, 3, 1), Contract("cui_pec", 2025, 10, 1, null)),
        ["qualifying training since 1 October 2025"] = () => Pathway(Interview(2026, 3, 1), Training(2025, 10, 1, null, qualifying: true)),
        // Proofs: the positive-exit evaluator's missing proofs on the exit of the current pathway.
        ["exit in employment, payslips missing"] = () => Pathway(Interview(2025, 12, 1), Contract("cdi", 2025, 8, 1, null), Exit(2026, 3, 1, "employment", "contract")),
        ["exit in employment, proofs received"] = () => Pathway(Interview(2025, 12, 1), Contract("cdi", 2025, 8, 1, null), Exit(2026, 3, 1, "employment", "contract", "payslips")),
        ["exit on moving"] = () => Pathway(Interview(2025, 12, 1), Exit(2026, 3, 1, "moved")),
    };

    public static TheoryData<string, string, string[]> Cases => new()
    {
        { Casa, "interview exactly one month ago", [] },
        { Casa, "interview one month and a day ago", [AlertCodes.Interview] },
        { Casa, "phone call recently, interview two months ago", [AlertCodes.Interview] },
        { Casa, "video call recently, interview two months ago", [AlertCodes.Interview] },
        { Casa, "never contacted since integration", [AlertCodes.Interview] },
        { Casa, "suspension covering the gap, ended 1 March", [] },
        { Casa, "suspension ended 10 February, nothing since", [AlertCodes.Interview] },
        { Casa, "running suspension", [] },
        { Casa, "training then adjacent service, ended 5 March", [] },
        { Casa, "running service step", [] },
        { Casa, "temporary contract of one month", [] },
        { Casa, "open-ended CDD since 1 March", [AlertCodes.Interview] },
        { Martigues, "open-ended CDD since 1 March", [] },
        { Martigues, "interview one month and a day ago", [AlertCodes.Interview] },
        { Martigues, "phone call recently, interview two months ago", [AlertCodes.Interview] },
        { Martigues, "running training, last contact 10 February", [] },
        { Cov, "two phone contacts within the month", [] },
        { Cov, "one contact within the month", [AlertCodes.Contact] },
        { Cov, "phone call recently, interview two months ago", [AlertCodes.Contact] },
        { Cov, "never contacted since integration", [AlertCodes.Contact] },
        { Cov, "running training, last contact 20 February", [] },
        { Cov, "running training, last contact 10 February", [AlertCodes.Contact] },
        { Cov, "training begun 1 March, no contact since", [] },
        { Cov, "running suspension", [AlertCodes.Contact] },
        { Cov, "suspension covering the gap, ended 1 March", [] },
        { Cov, "open-ended CDD since 1 March", [] },
        { Casa, "integrated 1 April 2024, up to date", [AlertCodes.PathwayMax] },
        { Casa, "integrated 1 March 2024, up to date", [AlertCodes.PathwayMax] },
        { Casa, "integrated 1 October 2024, up to date", [] },
        { Martigues, "integrated 1 October 2024, up to date", [AlertCodes.PathwayMax] },
        { Martigues, "integrated 1 April 2024 by France Travail, up to date", [AlertCodes.PathwayMax, AlertCodes.PniEnd] },
        { Casa, "integrated 1 April 2024 by France Travail, up to date", [AlertCodes.PathwayMax] },
        { Casa, "integrated 1 April 2024 by the Département, up to date", [AlertCodes.PathwayMax] },
        // The follow-up carries the maximum to 20 April (warned from 20 March); the PNI still ends on 1 April.
        { Casa, "integrated 1 April 2024 by France Travail, CDI since 20 October 2025", [AlertCodes.PniEnd] },
        { Martigues, "integrated 1 March 2024, CDI since 20 October 2025", [AlertCodes.FollowUpEnd, AlertCodes.PathwayMax] },
        { Casa, "CDI since 1 October 2025", [AlertCodes.FollowUpEnd] },
        { Casa, "CDI since 1 September 2025", [AlertCodes.FollowUpEnd] },
        { Casa, "CDI since 20 December 2025", [] },
        { Martigues, "CDI since 20 December 2025", [AlertCodes.FollowUpEnd] },
        { Casa, "CUI PEC since 1 October 2025", [] },
        { Cov, "qualifying training since 1 October 2025", [AlertCodes.FollowUpEnd] },
        { Casa, "exit in employment, payslips missing", [AlertCodes.ProofsMissing] },
        { Martigues, "exit in employment, payslips missing", [AlertCodes.ProofsMissing] },
        { Casa, "exit in employment, proofs received", [] },
        { Casa, "exit on moving", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Alerts_follow_the_protocol(string preset, string scenario, string[] expected)
    {
        var alerts = PathwayAlerts.For(PathwayFacts.From(Numbered(Scenarios[scenario]())), ProtocolPresets.Load(preset), Today);

        Assert.Equal(expected.Order(), alerts.Select(a => a.Code).Order());
    }

    [Theory]
    [InlineData("interview one month and a day ago", Casa, AlertCodes.Interview, AlertSeverity.Critical, "2026-03-14", "dernier le 14/02/2026")]
    [InlineData("suspension ended 10 February, nothing since", Casa, AlertCodes.Interview, AlertSeverity.Critical, "2026-03-11", "aucun depuis la fin de la suspension le 10/02/2026")]
    [InlineData("running training, last contact 10 February", Cov, AlertCodes.Contact, AlertSeverity.Critical, "2026-03-10", "un contact par mois pendant la formation")]
    [InlineData("integrated 1 April 2024, up to date", Casa, AlertCodes.PathwayMax, AlertSeverity.Warning, "2026-04-01", "prolongation exceptionnelle possible")]
    [InlineData("integrated 1 March 2024, up to date", Casa, AlertCodes.PathwayMax, AlertSeverity.Critical, "2026-03-01", "dépassée depuis le 01/03/2026")]
    [InlineData("integrated 1 October 2024, up to date", Martigues, AlertCodes.PathwayMax, AlertSeverity.Warning, "2026-04-01", "prolongation de 6 mois possible sur décision de la commission")]
    [InlineData("integrated 1 April 2024 by France Travail, up to date", Casa, AlertCodes.PathwayMax, AlertSeverity.Warning, "2026-04-01", "fin de la délégation PNI")]
    [InlineData("integrated 1 April 2024 by France Travail, up to date", Martigues, AlertCodes.PathwayMax, AlertSeverity.Critical, "2025-10-01", "prolongation de 6 mois possible")]
    [InlineData("CDI since 1 October 2025", Casa, AlertCodes.FollowUpEnd, AlertSeverity.Warning, "2026-04-01", "préparer la sortie")]
    [InlineData("CDI since 1 September 2025", Casa, AlertCodes.FollowUpEnd, AlertSeverity.Critical, "2026-03-01", "sortie à enregistrer")]
    [InlineData("exit in employment, payslips missing", Casa, AlertCodes.ProofsMissing, AlertSeverity.Warning, "2026-03-01", "bulletins de salaire")]
    public void Each_alert_says_what_is_due_and_when(string scenario, string preset, string code, AlertSeverity severity, string due, string words)
    {
        var alerts = PathwayAlerts.For(PathwayFacts.From(Numbered(Scenarios[scenario]())), ProtocolPresets.Load(preset), Today);

        var alert = Assert.Single(alerts, a => a.Code == code);
        Assert.Equal(severity, alert.Severity);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), alert.Due);
        Assert.Contains(words, alert.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exit_of_an_earlier_pathway_does_not_close_a_new_one()
    {
        var events = Pathway(new DateOnly(2023, 1, 10), Exit(2024, 6, 1, "moved"));
        events.Add(new IntegrationEvent { Date = new DateOnly(2026, 1, 5), Referent = "referente@plie.test" });

        var facts = PathwayFacts.From(Numbered(events));

        Assert.True(facts.InPathway);
        Assert.Equal(new DateOnly(2026, 1, 5), facts.Integration!.Date);
        Assert.Equal([AlertCodes.Interview], PathwayAlerts.For(facts, ProtocolPresets.Load(Casa), Today).Select(a => a.Code));
    }

    private static List<JourneyEvent> Pathway(params JourneyEvent[] facts) => Pathway(Integrated, facts);

    private static List<JourneyEvent> Pathway(DateOnly integration, params JourneyEvent[] facts) => Referred("other", integration, facts);

    private static List<JourneyEvent> Referred(string prescriber, DateOnly integration, params JourneyEvent[] facts) =>
    [
        new ReferralEvent { Date = integration.AddDays(-30), PrescriberKind = prescriber, Channel = "flow" },
        new IntegrationEvent { Date = integration, Referent = "referente@plie.test" },
        .. facts,
    ];

    private static List<JourneyEvent> Numbered(List<JourneyEvent> events)
    {
        for (var i = 0; i < events.Count; i++) events[i].Seq = i + 1;
        return events;
    }

    private static ContactEvent Interview(int y, int m, int d) => Contact(y, m, d, "individual");

    private static ContactEvent Contact(int y, int m, int d, string mode) => new() { Date = new(y, m, d), Mode = mode };

    private static DateOnly? End(int? y, int? m, int? d) => y is null ? null : new DateOnly(y.Value, m!.Value, d!.Value);

    private static SuspensionEvent Suspension(int y, int m, int d, int? ey, int? em = null, int? ed = null) =>
        new() { Date = new(y, m, d), End = End(ey, em, ed), Reason = "health" };

    private static TrainingEvent Training(int y, int m, int d, int? ey, int? em = null, int? ed = null, bool qualifying = false) =>
        new() { Date = new(y, m, d), End = End(ey, em, ed), Qualifying = qualifying };

    private static StepEvent Step(string kind, int y, int m, int d, int? ey, int? em = null, int? ed = null) =>
        new() { Date = new(y, m, d), End = End(ey, em, ed), Kind = kind };

    private static ContractEvent Contract(string kind, int y, int m, int d, int? ey, int? em = null, int? ed = null) =>
        new() { Date = new(y, m, d), End = End(ey, em, ed), Kind = kind, WeeklyHours = 35 };

    private static ExitEvent Exit(int y, int m, int d, string reason, params string[] proofs) =>
        new() { Date = new(y, m, d), Reason = reason, Proofs = [.. proofs] };
}
