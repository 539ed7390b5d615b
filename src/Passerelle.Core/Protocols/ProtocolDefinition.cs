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
/// <see cref="Comment"/> records how an ambiguous seed sentence was read, for the person checking the preset.
/// </summary>
/// <remarks>
/// Kinds used by the presets: <c>territory</c>; <c>age</c> (<c>minAge</c>/<c>maxAge</c> inclusive,
/// <c>olderThan</c>/<c>youngerThan</c> exclusive, optional <c>exception</c> {age, requires, requiresNot});
/// <c>status_any</c> (<c>anyOf</c> situation fields, optional <c>anyOfProfiles</c> and <c>otherwiseJudgement</c>:
/// when no status matches, the rule is to be confirmed instead of failed); <c>not_status</c> (<c>status</c>);
/// <c>no_previous_pathway</c> (<c>exceptExitReasons</c>, <c>scope</c>); <c>registered_job_seeker</c>
/// (<c>orRegistering</c>); <c>not_in_accompagnement_global</c>; <c>judgement</c>; <c>priority</c>
/// (<c>field</c>, <c>max</c>, <c>minAge</c>, <c>sex</c>).
/// </remarks>
public sealed record EligibilityRule(
    string Id,
    string Kind,
    string Label,
    bool Mandatory,
    bool Judgement,
    string Source,
    IReadOnlyDictionary<string, JsonElement>? Parameters = null,
    string? Comment = null);

/// <summary>
/// Pathway durations and contact rhythm. Optional figures: <see cref="ExemptContactsPerMonth"/> is the rhythm
/// still due during an exempt period (COV: one contact a month); <see cref="TemporaryEmploymentMaxMonths"/> bounds
/// the temporary employment that exempts (CASA: under two months); <see cref="FollowUpIncludedInMax"/> when the
/// maximum already includes the consolidation in employment (Martigues: 18 months); <see cref="ExceptionalExtension"/>
/// when the pathway may exceptionally go beyond the maximum with no fixed figure (CASA); <see cref="PniMonths"/> the
/// length of France Travail's delegation of the follow-up (code PNI, 24 months: 000 art. 6, 002 art. 6).
/// </summary>
public sealed record PathwayRules(
    int MaxMonths,
    int ExtensionMonths,
    int FollowUpMonths,
    int ContactsPerMonth,
    int InterviewsPerMonth,
    IReadOnlyList<string> ContactExemptDuring,
    string Source,
    int? ExemptContactsPerMonth = null,
    int? TemporaryEmploymentMaxMonths = null,
    bool FollowUpIncludedInMax = false,
    bool ExceptionalExtension = false,
    string? ExtensionDecidedBy = null,
    string? Comment = null,
    int? PniMonths = null);

/// <summary>People followed per referent; <see cref="Average"/> when the seed gives an average rather than a range.</summary>
public sealed record Caseload(int? Min, int? Max, string Source, int? Average = null);

/// <summary>
/// A protocol objective. <see cref="Unit"/>: <c>people</c>, <c>referrals</c>, <c>integrations</c>, <c>invitees</c>,
/// or <c>share</c> (a fraction 0-1 of <see cref="Base"/>: <c>participants</c>, <c>ended_pathways</c>, <c>exits</c>).
/// <see cref="Period"/>: <c>protocol</c>, <c>year</c>, <c>month</c>. <see cref="TargetMax"/> closes a range (COV: 250-300).
/// <see cref="Among"/> narrows what is counted: <c>rsa</c> (people receiving the RSA at the referral, CASA « dont 480
/// allocataires du RSA »), <c>france_travail</c> (referrals prescribed by France Travail, COV).
/// </summary>
public sealed record Objective(
    string Id,
    string Label,
    decimal Target,
    string Unit,
    string Period,
    string Source,
    decimal? TargetMax = null,
    string? Base = null,
    string? Comment = null,
    string? Among = null);

/// <summary>
/// Positive-exit criteria (seed 003 art. 5) as figures; the evaluator is <c>Exits/PositiveExitRules</c>.
/// <see cref="AtypicalCountsPositive"/> is false where atypical ("dynamic") exits are counted apart from the positive
/// ones (Martigues, 002 art. 3-1 and 3-4 b). The optional figures were added with the evaluator; their defaults are
/// the CASA values (003 art. 5) so that definitions stored before them still read:
/// <see cref="AtypicalContractMonths"/> (subsidised or insertion-company contract, 12 months),
/// <see cref="LongPathwayMonths"/> (an end of pathway after at least this long is a "long pathway" exit, 24 months),
/// <see cref="AdministrativeReasons"/> (exit reasons of the "administrative" type; null: the CASA list).
/// </summary>
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
    string Source,
    bool AtypicalCountsPositive = true,
    string? Comment = null,
    int AtypicalContractMonths = 12,
    int LongPathwayMonths = 24,
    IReadOnlyList<string>? AdministrativeReasons = null);

/// <summary>
/// The integration and follow-up body; <see cref="Frequency"/>: <c>monthly</c> or <c>as_needed</c>. <see cref="Code"/> names
/// its kind for the commission sessions (<c>cisp</c>, <c>cgp</c>, <c>adhoc</c>; null in definitions stored before it).
/// Where <see cref="ValidatesIntegrations"/> is false, integrations are validated by list (000 art. 3-4 b).
/// </summary>
public sealed record Commission(string Name, string Frequency, bool ValidatesIntegrations, string Source, string? Comment = null, string? Code = null);

/// <summary>Bilan quantitatif option (contract §6): information-session referrals in the denominators.</summary>
public sealed record BilanOptions(bool InfoSessionsInDenominator, string Source, string? Comment = null);

/// <summary>
/// Retention of personal data for this PLIE's convention (domain.md, "Personal data"). Optional bounds:
/// <see cref="ConventionEnd"/> (the France Travail convention, which may end before the protocol),
/// <see cref="MaxMonthsAfterConventionEnd"/> (COV: 2), <see cref="MaxMonthsAfterIntegration"/> (000/002 art. 8: 30).
/// </summary>
public sealed record Retention(
    int NotIntegratedMonths,
    int AfterEndMonths,
    int? MaxYearsAfterConventionEnd,
    string Source,
    DateOnly? ConventionEnd = null,
    int? MaxMonthsAfterConventionEnd = null,
    int? MaxMonthsAfterIntegration = null,
    string? Comment = null);

/// <summary>
/// A share of the public to watch (e.g. RSA ≥ 60 % at Martigues). <see cref="Criterion"/> is a situation field;
/// <see cref="Base"/>: <c>referrals</c> or <c>participants</c>.
/// </summary>
public sealed record Quota(
    string Id,
    string Label,
    string Criterion,
    decimal? MinShare,
    decimal? MaxShare,
    string Source,
    string? Base = null,
    string? Comment = null);
