using Passerelle.Core.Journeys;
using Passerelle.Core.Pathways;
using Passerelle.Core.Protocols;

namespace Passerelle.Tests.Pathways;

/// <summary>
/// The PNI-end alert counts from the date France Travail confirmed the delegation when there is one (« la délégation … est
/// alors confirmée à réception, par Pôle emploi », 000 art. 3-4 b), also for people France Travail did not refer (« l'agence
/// … initialise le parcours d'accompagnement délégué (PNI) » from the contract, 000 art. 3-4 a); else from the integration
/// of someone it referred. Martigues on 15 March 2026 (its 18-month maximum differs from the 24-month PNI code).
/// </summary>
public class PniConfirmedAlertTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);
    private static readonly ProtocolDefinition Martigues = ProtocolPresets.Load("martigues-2023-2027");

    public static TheoryData<string, string, string?, string?> Cases => new()
    {
        { "referred by France Travail, not confirmed: integration + 24 months", "france_travail", null, "2026-04-01" },
        { "referred by France Travail, confirmed later: no alert yet", "france_travail", "2024-09-01", null },
        { "referred by the Département, not confirmed: no delegation known", "departement", null, null },
        { "referred by the Département, confirmed: confirmation + 24 months", "departement", "2024-04-15", "2026-04-15" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_PNI_end_counts_from_the_confirmed_date(string _, string prescriber, string? confirmed, string? due)
    {
        var facts = PathwayFacts.From(
        [
            new ReferralEvent { Date = new(2024, 3, 1), PrescriberKind = prescriber, Channel = "flow", Seq = 0 },
            new IntegrationEvent { Date = new(2024, 4, 1), Seq = 1 },
            new ContactEvent { Date = new(2026, 3, 1), Mode = "individual", Seq = 2 },
        ]).WithPniConfirmed(confirmed is null ? null : DateOnly.Parse(confirmed, System.Globalization.CultureInfo.InvariantCulture));

        var alert = PathwayAlerts.For(facts, Martigues, Today).SingleOrDefault(a => a.Code == AlertCodes.PniEnd);

        Assert.Equal(due, alert?.Due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
