namespace Passerelle.Core.Reporting;

/// <summary>
/// The key of each figure of the pathway statistics: codes only (they travel in the URL of the list of people
/// behind a figure, where no personal data may go). Not constants: they are no audit actions (AuditEventsDocTests
/// reads every dotted string constant as one).
/// </summary>
public static class FigureKeys
{
    public static readonly string Active = "pathways.active";
    public static readonly string Integrations = "pathways.integrations";
    public static readonly string Running = "pathways.running";
    public static readonly string Exits = "exits.all";
    public static readonly string PositiveExits = "exits.positive";

    public static string DurationExited(string band) => $"duration.exited.{band}";
    public static string DurationRunning(string band) => $"duration.running.{band}";
    public static string Step(string kind) => $"step.{kind}";
    /// <param name="status"><c>all</c>, <c>lifted</c>, <c>worked</c> or <c>waiting</c>.</param>
    public static string Barrier(string family, string status) => $"barrier.{family}.{status}";
    public static string ExitReason(string reason) => $"exit.reason.{reason}";
    public static string ExitCategory(string category) => $"exit.category.{category}";
    /// <param name="status"><c>complete</c> or <c>missing</c> (contract §4.3 proof status of the positive exits).</param>
    public static string Proofs(string status) => $"proofs.{status}";
    public static string MissingProof(string proof) => $"proofs.missing.{proof}";
    /// <param name="status"><c>realised</c>, <c>refused</c> or <c>waiting</c>.</param>
    public static string Request(string kind, string status) => $"request.{kind}.{status}";

    // The intake (issue 3 item 8): referrals of the period, by prescriber kind and agency code (lower case), their stage
    // so far, the delays between steps, the convocations and absences dated in the period.
    public static readonly string Referrals = "intake.referrals";
    public static string Prescriber(string kind) => $"intake.prescriber.{kind}";
    public static string Agency(string code) => $"intake.agency.{code.ToLowerInvariant()}";
    public static string IntakeOutcome(string stage) => $"intake.outcome.{stage}";
    public static string Delay(string stage) => $"intake.delay.{stage}";
    /// <param name="type"><c>info_session</c> or <c>first_contact</c>.</param>
    public static string Convoked(string type) => $"intake.convoked.{type}";
    public static string Absent(string type) => $"intake.absent.{type}";
    /// <summary>The public integrated, which the pathway figures alone do not tell.</summary>
    public static bool IsActivity(string key) => key.StartsWith("activity.", StringComparison.Ordinal) && key != Contracts && key != IaeContracts;
    public static bool IsIntake(string key) => key.StartsWith("intake.", StringComparison.Ordinal);

    // The activity report (seed 003): the public integrated in the period, contracts signed, positive exits by kind.
    public static readonly string Women = "activity.women";
    public static readonly string LowEducation = "activity.education_low";
    public static readonly string EducationHigh = "activity.education_high";
    public static readonly string RsaAtEntry = "activity.rsa";
    public static string AgeBand(string band) => $"activity.age.{band}";
    public static readonly string Contracts = "activity.contracts";
    public static readonly string IaeContracts = "activity.contracts_iae";
    /// <param name="kind"><c>employment</c>, <c>creation</c> or <c>training</c>.</param>
    public static string PositiveKind(string kind) => $"exit.kind.{kind}";
    public static readonly string CdiExits = "exit.cdi";
    /// <param name="sector">A code of <c>Codes.Sectors</c> (ROME letter), lower-cased in the key.</param>
    public static string Sector(string sector) => $"activity.sector.{sector.ToLowerInvariant()}";

    /// <summary>A key is codes and dots only: anything else (a name typed in the URL) is refused before reading.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: > 0 and <= 64 } && key.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '.' or '_' or '-' or '+');
}
