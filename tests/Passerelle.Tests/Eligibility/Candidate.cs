using Passerelle.Core.Eligibility;
using Passerelle.Core.Exchange;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Tests.Eligibility;

/// <summary>
/// A person put to a protocol, written the way the seeds describe their publics: a commune, an age on the date of
/// the decision, a situation and, when it matters, earlier journey events.
/// </summary>
public sealed record Candidate
{
    public string Commune { get; init; } = "06004";
    public int Age { get; init; } = 40;
    public string Sex { get; init; } = "F";
    public string? FranceTravailId { get; init; } = "1234567A";
    public SituationDto Situation { get; init; } = new() { Rsa = true, EducationLevel = 3 };
    public IReadOnlyList<JourneyEventDto> Events { get; init; } = [];

    /// <summary>Born <see cref="Age"/> years before the day of the decision: the birthday falls on that very day.</summary>
    public JourneyPersonDto On(DateOnly on) => new()
    {
        Ref = "CANDIDAT-1",
        LastName = "Martin",
        FirstName = "Awa",
        BirthDate = on.AddYears(-Age),
        Sex = Sex,
        CommuneInsee = Commune,
        FranceTravailId = FranceTravailId,
        Situation = Situation,
        Events = Events,
    };

    public EligibilityAnswer Evaluate(string preset, DateOnly on) => Evaluate(ProtocolPresets.Load(preset), On(on), on);

    public static EligibilityAnswer Evaluate(ProtocolDefinition protocol, JourneyPersonDto person, DateOnly on) =>
        new EligibilityEvaluator(CommuneReferential.Shared).Evaluate(protocol, person, on);

    public static JourneyEventDto Referral(DateOnly date, string prescriber = "france_travail") =>
        new() { Type = "referral", Date = date, PrescriberKind = prescriber, Channel = "flow" };

    public static JourneyEventDto Integration(DateOnly date) => new() { Type = "integration", Date = date };

    public static JourneyEventDto Exit(DateOnly date, string reason) => new() { Type = "exit", Date = date, Reason = reason, Proofs = [] };

    /// <summary>A whole earlier pathway: referral a month before the integration, then the exit.</summary>
    public static JourneyEventDto[] Pathway(DateOnly integration, DateOnly? exit, string reason = "dropout") =>
        exit is { } end
            ? [Referral(integration.AddMonths(-1)), Integration(integration), Exit(end, reason)]
            : [Referral(integration.AddMonths(-1)), Integration(integration)];
}
