using System.Text.Json;
using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>age</c>, exact on the date of the decision: <c>minAge</c>/<c>maxAge</c> inclusive, <c>olderThan</c>/<c>youngerThan</c>
/// exclusive, and an optional <c>exception</c> {age, requires, requiresNot} that admits one age the bounds leave out
/// when the listed situation fields are all true (requires) and all false (requiresNot): CASA admits 25-year-olds
/// on the RSA not followed by a Mission Locale (003 art. 3).
/// </summary>
internal sealed class AgeRule : IEligibilityCheck
{
    public string Kind => "age";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        if (rule.Case.Age is not { } age) return ToConfirm(rule, "date de naissance inconnue : âge à vérifier");
        var at = $"{age} ans le {EligibilityText.Date(rule.Case.On)}";
        var bounds = Bounds(rule).ToList();
        var failed = bounds.Where(b => !b.Holds(age)).Select(b => b.Text).ToList();
        var expected = EligibilityText.List(bounds.Select(b => b.Text));
        if (failed.Count == 0) return Pass(rule, $"{at} ({expected})");
        if (rule.Element("exception") is { } exception && ExceptionAge(rule, exception) == age)
        {
            var missing = Missing(rule, exception).ToList();
            return missing.Count == 0
                ? Pass(rule, $"{at} : exception admise ({EligibilityText.List(Conditions(rule, exception))})")
                : Fail(rule, $"{at}, condition : {expected} ; exception des {age} ans non remplie ({EligibilityText.List(missing)})");
        }
        return Fail(rule, $"{at}, condition : {expected}");
    }

    private static IEnumerable<(string Text, Func<int, bool> Holds)> Bounds(EligibilityRuleContext rule)
    {
        if (rule.Int("minAge") is { } min) yield return ($"{min} ans au moins", a => a >= min);
        if (rule.Int("olderThan") is { } older) yield return ($"plus de {older} ans", a => a > older);
        if (rule.Int("maxAge") is { } max) yield return ($"{max} ans au plus", a => a <= max);
        if (rule.Int("youngerThan") is { } younger) yield return ($"moins de {younger} ans", a => a < younger);
    }

    private static int ExceptionAge(EligibilityRuleContext rule, JsonElement exception) =>
        exception.ValueKind == JsonValueKind.Object && exception.TryGetProperty("age", out var v)
            ? rule.Int(v, "exception.age")
            : throw rule.Misconfigured("« exception » doit être un objet avec un champ « age »");

    private static IEnumerable<string> Missing(EligibilityRuleContext rule, JsonElement exception)
    {
        foreach (var field in Fields(rule, exception, "requires"))
            if (!SituationFields.Has(rule, field)) yield return "non " + SituationFields.Label(rule, field);
        foreach (var field in Fields(rule, exception, "requiresNot"))
            if (SituationFields.Has(rule, field)) yield return SituationFields.Label(rule, field);
    }

    private static IEnumerable<string> Conditions(EligibilityRuleContext rule, JsonElement exception) =>
        Fields(rule, exception, "requires").Select(f => SituationFields.Label(rule, f))
            .Concat(Fields(rule, exception, "requiresNot").Select(f => "non " + SituationFields.Label(rule, f)));

    private static IReadOnlyList<string> Fields(EligibilityRuleContext rule, JsonElement exception, string name) =>
        exception.TryGetProperty(name, out var v) ? rule.Strings(v, "exception." + name) : [];
}
