using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>not_status</c>: the situation field <c>status</c> must be false. Mandatory, it excludes (CASA: self-employed,
/// 003 art. 3); not mandatory, it only warns (CASA: AAH, "éligible administrativement" but the offer cannot be
/// mobilised, 000 art. 3-1).
/// </summary>
internal sealed class NotStatusRule : IEligibilityCheck
{
    public string Kind => "not_status";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var field = rule.String("status") ?? throw rule.Misconfigured("paramètre « status » manquant");
        var label = SituationFields.Label(rule, field);
        if (!SituationFields.Has(rule, field)) return Pass(rule, $"non déclaré : {label}");
        return Fail(rule, rule.Rule.Mandatory
            ? $"situation déclarée : {label}, motif d'exclusion"
            : $"situation déclarée : {label} ; information, sans effet sur l'éligibilité");
    }
}
