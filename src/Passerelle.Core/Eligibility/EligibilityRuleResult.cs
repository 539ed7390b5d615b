namespace Passerelle.Core.Eligibility;

/// <summary>
/// One rule's outcome (contract §5): <see cref="Passed"/> is null when the rule needs a human judgement or a fact
/// the input does not carry. <see cref="Detail"/> explains the outcome in French, for the referent.
/// </summary>
public sealed record EligibilityRuleResult(string Id, bool? Passed, string Detail)
{
    internal static EligibilityRuleResult Pass(EligibilityRuleContext rule, string detail) => new(rule.Rule.Id, true, detail);

    internal static EligibilityRuleResult Fail(EligibilityRuleContext rule, string detail) => new(rule.Rule.Id, false, detail);

    internal static EligibilityRuleResult ToConfirm(EligibilityRuleContext rule, string detail) => new(rule.Rule.Id, null, detail);
}
