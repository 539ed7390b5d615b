using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>not_in_accompagnement_global</c> (COV, 001 art. 2-1): not followed in France Travail's <i>accompagnement global</i>
/// when referred. The person object of contract §4 has no such field and no event records it, so the rule is always
/// to confirm, by the prescriber who knows it.
/// </summary>
internal sealed class NotInAccompagnementGlobalRule : IEligibilityCheck
{
    public string Kind => "not_in_accompagnement_global";

    public EligibilityRuleResult Check(EligibilityRuleContext rule) =>
        ToConfirm(rule, "à confirmer avec le prescripteur : l'accompagnement global au moment de la prescription n'est pas renseigné");
}
