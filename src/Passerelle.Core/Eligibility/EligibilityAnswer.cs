namespace Passerelle.Core.Eligibility;

/// <summary>
/// Contract §5: every rule of the protocol in protocol order, whether the person is eligible, and the rules a
/// person must still confirm (exactly those whose <see cref="EligibilityRuleResult.Passed"/> is null).
/// </summary>
public sealed record EligibilityAnswer(bool Eligible, IReadOnlyList<EligibilityRuleResult> Rules, IReadOnlyList<string> ToConfirm);
