namespace Passerelle.Core.Referrals;

/// <summary>
/// A person of the target PLIE who may be the one looked for. <see cref="CanAttach"/> is false for a France Travail id
/// collision alone: a different name is flagged, never merged.
/// </summary>
public sealed record DuplicateCandidate(Guid PersonId, DuplicateReasons Reasons, JourneyState State)
{
    public bool CanAttach => (Reasons & (DuplicateReasons.FranceTravailId | DuplicateReasons.NameAndBirthDate)) != 0;

    public bool IsCollision => Reasons.HasFlag(DuplicateReasons.FranceTravailIdCollision);
}
