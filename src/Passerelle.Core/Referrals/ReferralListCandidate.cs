namespace Passerelle.Core.Referrals;

/// <summary>
/// A person of the importing PLIE who may be the one a line describes, as the coordinator sees it to decide: the PLIE's
/// reference (the coordinator reads the PLIE's people; the file opens from it, and that read is audited), why it matched
/// and where the person stands.
/// </summary>
public sealed record ReferralListCandidate(Guid PersonId, string Ref, DuplicateReasons Reasons, JourneyState State)
{
    public bool CanAttach => new DuplicateCandidate(PersonId, Reasons, State).CanAttach;
}
