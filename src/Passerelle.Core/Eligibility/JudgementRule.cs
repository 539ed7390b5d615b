using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary><c>judgement</c>: an assessment the person's data cannot carry (motivation, needs, barriers): always to confirm.</summary>
internal sealed class JudgementRule : IEligibilityCheck
{
    public string Kind => "judgement";

    public EligibilityRuleResult Check(EligibilityRuleContext rule) =>
        ToConfirm(rule, rule.Rule.Mandatory ? EligibilityText.ByReferent : EligibilityText.Informative);
}
