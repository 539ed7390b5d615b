namespace Passerelle.Core.Referrals;

/// <summary>
/// What the duplicate check found for one identity: the candidates of the target PLIE, and whether the person is in an
/// active pathway in another PLIE of the instance — said as a bare fact, without any id or data of that PLIE.
/// </summary>
public sealed record DuplicateReport(IReadOnlyList<DuplicateCandidate> Candidates, bool InPathwayInAnotherPlie)
{
    public static readonly DuplicateReport Empty = new([], false);

    public bool Any => Candidates.Count > 0 || InPathwayInAnotherPlie;

    public bool HasCollision => Candidates.Any(c => c.IsCollision);
}
