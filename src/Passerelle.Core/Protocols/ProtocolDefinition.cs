using System.Text.Json;

namespace Passerelle.Core.Protocols;

/// <summary>
/// A PLIE's protocol as data (architecture.md: "a PLIE's protocol is data, never a branch in code").
/// Loaded from a preset (Presets/*.json, built from the seeds) and stored with the PLIE.
/// Every figure carries its source in the preset file (<c>source</c> fields: seed file and article).
/// </summary>
public sealed record ProtocolDefinition
{
    public required string Preset { get; init; }
    public required string Name { get; init; }
    public required string Source { get; init; }
    public required DateOnly ValidFrom { get; init; }
    public required DateOnly ValidTo { get; init; }
    public required Territory Territory { get; init; }
    public required IReadOnlyList<EligibilityRule> Eligibility { get; init; }
    public required PathwayRules Pathway { get; init; }
    public required Caseload Caseload { get; init; }
    public required IReadOnlyList<Objective> Objectives { get; init; }
    public required ExitRules Exits { get; init; }
    public required Commission Commission { get; init; }
    public required BilanOptions Bilan { get; init; }
    public required Retention Retention { get; init; }
    public IReadOnlyList<Quota> Quotas { get; init; } = [];
}

/// <summary>Where the PLIE acts: INSEE commune codes and/or EPCI/EPT codes (SIREN) whose communes all count.</summary>
public sealed record Territory(IReadOnlyList<string> Communes, IReadOnlyList<string> Epci, string Source);

/// <summary>
/// One eligibility criterion. <see cref="Kind"/> names the evaluator (territory, age, status…);
/// <see cref="Parameters"/> are its settings; a <see cref="Judgement"/> rule needs the referent's assessment
/// (contract §5: <c>passed: null</c>). A non-mandatory rule informs (priority publics) without excluding.
/// </summary>
public sealed record EligibilityRule(
    string Id,
    string Kind,
    string Label,
    bool Mandatory,
    bool Judgement,
    string Source,
    IReadOnlyDictionary<string, JsonElement>? Parameters = null);

/// <summary>Pathway durations and contact rhythm.</summary>
public sealed record PathwayRules(
    int MaxMonths,
    int ExtensionMonths,
    int FollowUpMonths,
    int ContactsPerMonth,
    int InterviewsPerMonth,
    IReadOnlyList<string> ContactExemptDuring,
    string Source);

public sealed record Caseload(int? Min, int? Max, string Source);

public sealed record Objective(string Id, string Label, decimal Target, string Unit, string Period, string Source);

/// <summary>Positive-exit criteria (seed 003 art. 5) as figures; the evaluator lives with the exits feature.</summary>
public sealed record ExitRules(
    int DurableContractMonths,
    decimal HalfTimeWeeklyHours,
    int TempHours,
    int TempWindowMonths,
    int ProfessionalisationMonths,
    int LongTrainingMonths,
    int BusinessMonths,
    int CivilServiceMonths,
    IReadOnlyList<string> ExcludedContractKinds,
    IReadOnlyList<string> AtypicalCriteria,
    bool DeclaredWithoutProofCountsPositive,
    IReadOnlyList<string> ExitTypes,
    string Source);

public sealed record Commission(string Name, string Frequency, bool ValidatesIntegrations, string Source);

/// <summary>Bilan quantitatif option (contract §6): information-session referrals in the denominators.</summary>
public sealed record BilanOptions(bool InfoSessionsInDenominator, string Source);

/// <summary>Retention of personal data for this PLIE's convention (domain.md, "Personal data").</summary>
public sealed record Retention(int NotIntegratedMonths, int AfterEndMonths, int? MaxYearsAfterConventionEnd, string Source);

/// <summary>A share of the public to watch (e.g. RSA ≥ 60 % at Martigues).</summary>
public sealed record Quota(string Id, string Label, string Criterion, decimal? MinShare, decimal? MaxShare, string Source);
