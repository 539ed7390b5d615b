namespace Passerelle.Core.Referrals;

/// <summary>What became of a <see cref="ReferralRequest"/>.</summary>
public sealed record ReferralOutcome
{
    public required ReferralOutcomeKind Kind { get; init; }
    public Guid? PersonId { get; init; }

    /// <summary>The referral fact, also the id of its <see cref="ReferralSheet"/>.</summary>
    public Guid? ReferralId { get; init; }
    public bool Attached { get; init; }
    public IReadOnlyList<ReferralError> Errors { get; init; } = [];
    public DuplicateReport Duplicates { get; init; } = DuplicateReport.Empty;

    public static ReferralOutcome Invalid(IReadOnlyList<ReferralError> errors) => new() { Kind = ReferralOutcomeKind.Invalid, Errors = errors };

    public static ReferralOutcome Invalid(string field, string message) => Invalid([new ReferralError(field, message)]);

    public static ReferralOutcome Suspected(DuplicateReport report) => new() { Kind = ReferralOutcomeKind.DuplicatesSuspected, Duplicates = report };
}
