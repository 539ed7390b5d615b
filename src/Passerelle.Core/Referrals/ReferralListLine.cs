namespace Passerelle.Core.Referrals;

/// <summary>
/// A line of the list whose person may already be known (issue 3 item 2), shown to the coordinator with the list's own
/// identity (the file they brought), the candidates of their PLIE, whether the person is in a pathway in another PLIE of
/// the instance (a bare fact), and the choice made so far (null: still to decide).
/// </summary>
public sealed record ReferralListLine(
    int Line,
    string LastName,
    string FirstName,
    DateOnly BirthDate,
    string FranceTravailId,
    IReadOnlyList<ReferralListCandidate> Candidates,
    bool InPathwayInAnotherPlie,
    ReferralListChoice? Choice);
