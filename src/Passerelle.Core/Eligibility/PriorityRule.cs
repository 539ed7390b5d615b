using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>priority</c>: a public the protocol gives particular attention to. Never mandatory, so it informs and never
/// excludes. Conditions, all holding: <c>field</c> (a situation field, or <c>educationLevel</c> with <c>max</c>),
/// <c>minAge</c>, <c>sex</c>. Without any condition (CASA "seniors", "victims of discrimination": the seed sets no
/// measure) it is left to the referent, like a fact the data does not carry (an unknown education level).
/// </summary>
internal sealed class PriorityRule : IEligibilityCheck
{
    public string Kind => "priority";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var conditions = Conditions(rule).ToList();
        if (conditions.Count == 0 || conditions.Any(x => x.Holds is null))
            return ToConfirm(rule, EligibilityText.List(conditions.Where(x => x.Holds is null).Select(x => x.Text).DefaultIfEmpty(EligibilityText.Informative)));
        var detail = EligibilityText.List(conditions.Select(x => x.Text));
        return conditions.All(x => x.Holds == true) ? Pass(rule, detail) : Fail(rule, detail);
    }

    private static IEnumerable<(bool? Holds, string Text)> Conditions(EligibilityRuleContext rule)
    {
        var c = rule.Case;
        if (rule.String("field") is "educationLevel")
        {
            var max = rule.Int("max") ?? throw rule.Misconfigured("« educationLevel » demande un paramètre « max »");
            yield return c.Person.Situation.EducationLevel is { } level
                ? (level <= max, $"niveau de formation {level} (priorité : {max} au plus)")
                : (null, $"niveau de formation non renseigné (priorité : {max} au plus) : {EligibilityText.ByReferent}");
        }
        else if (rule.String("field") is { } field)
        {
            var has = SituationFields.Has(rule, field);
            yield return (has, (has ? "situation déclarée : " : "situation non déclarée : ") + SituationFields.Label(rule, field));
        }
        if (rule.Int("minAge") is { } min)
            yield return c.Age is { } age
                ? (age >= min, $"{age} ans (priorité : {min} ans et plus)")
                : (null, $"date de naissance inconnue (priorité : {min} ans et plus) : {EligibilityText.ByReferent}");
        if (rule.String("sex") is { } sex)
            yield return (c.Person.Sex == sex, $"{Sex(c.Person.Sex)} (priorité : public {(sex == "F" ? "féminin" : "masculin")})");
    }

    private static string Sex(string code) => code == "F" ? "femme" : "homme";
}
