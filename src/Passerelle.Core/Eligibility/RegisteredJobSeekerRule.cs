using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>registered_job_seeker</c> (COV 001 art. 2-1; Martigues 002 art. 3-1 with <c>orRegistering</c>). The person
/// object carries no registration flag, so the rule reads the two facts that imply one: a France Travail
/// identifier (given at registration), or a referral by France Travail (it refers to the PLIE, within the PPAE,
/// only people registered with it: 001 art. 2 and 002 art. 3). Neither is no proof of the contrary: to confirm,
/// never failed.
/// </summary>
internal sealed class RegisteredJobSeekerRule : IEligibilityCheck
{
    public string Kind => "registered_job_seeker";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var c = rule.Case;
        if (c.Person.FranceTravailId is { Length: > 0 } id)
            return Pass(rule, $"identifiant France Travail renseigné ({id})");
        var referral = c.History.FirstOrDefault(e => e is { Type: "referral", PrescriberKind: "france_travail" });
        if (referral?.Date is { } date)
            return Pass(rule, $"orienté par France Travail le {EligibilityText.Date(date)} (orientation PPAE : demandeur d'emploi inscrit)");
        return ToConfirm(rule, "aucun identifiant France Travail ni orientation par France Travail : inscription "
            + (rule.Bool("orRegistering") ? "(ou inscription en cours) " : "") + EligibilityText.ByReferent);
    }
}
