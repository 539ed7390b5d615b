namespace Passerelle.Core.Referrals;

public enum ReferralListOutcomeKind
{
    /// <summary>The file is refused whole (<see cref="ReferralListOutcome.Errors"/>): nothing written.</summary>
    Refused,
    /// <summary>What the import would do; nothing written but the duplicate look-up's audit lines.</summary>
    Preview,
    /// <summary>Written, in one transaction.</summary>
    Imported,
}
