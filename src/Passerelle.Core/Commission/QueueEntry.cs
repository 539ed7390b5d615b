namespace Passerelle.Core.Commission;

/// <summary>
/// A person waiting in a work queue: since when (<see cref="Since"/>: the referral, the first contact or the diagnostic),
/// who referred them, an absence at the first contact, and the session whose agenda they are on.
/// </summary>
public sealed record QueueEntry(
    Guid PersonId,
    string Ref,
    string? LastName,
    string? FirstName,
    IntakeStage Stage,
    DateOnly Since,
    DateOnly ReferralDate,
    string PrescriberKind,
    bool AbsentAtFirstContact,
    Guid? SessionId,
    DateOnly? SessionDate,
    Guid? ProposedBy)
{
    public string Name => LastName is null ? $"Personne {Ref}" : $"{LastName.ToUpperInvariant()} {FirstName}";

    public int DaysSince(DateOnly today) => today.DayNumber - Since.DayNumber;
}
