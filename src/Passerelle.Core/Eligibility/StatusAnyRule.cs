using System.Text.Json;
using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>status_any</c>: one of the listed situations (<c>anyOf</c> situation fields) or profiles (<c>anyOfProfiles</c>:
/// {minAge, maxAge, educationLevelMax}, all of a profile's bounds holding). When none matches, a rule with an
/// <c>otherwiseJudgement</c> is to be confirmed — the seed leaves another way in to the referent's judgement
/// (CASA "risques d'exclusion à terme", COV "diagnostic partagé", Martigues "prescription argumentée") — and a rule
/// without one fails.
/// </summary>
internal sealed class StatusAnyRule : IEligibilityCheck
{
    public string Kind => "status_any";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var fields = rule.Strings("anyOf");
        var profiles = rule.Element("anyOfProfiles") is { } p
            ? p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(e => Profile.Read(rule, e)).ToList()
                : throw rule.Misconfigured("« anyOfProfiles » doit être une liste")
            : [];
        var matched = fields.Where(f => SituationFields.Has(rule, f)).Select(f => SituationFields.Label(rule, f))
            .Concat(profiles.Where(pr => pr.Matches(rule.Case)).Select(pr => $"profil {pr.Text}"))
            .ToList();
        if (matched.Count > 0) return Pass(rule, "situation déclarée : " + EligibilityText.List(matched));
        var listed = EligibilityText.List(fields.Select(f => SituationFields.Label(rule, f)).Concat(profiles.Select(pr => pr.Text)));
        return rule.String("otherwiseJudgement") is { } otherwise
            ? ToConfirm(rule, $"aucune des situations listées ({listed}) ; {EligibilityText.ByReferent} : {otherwise}")
            : Fail(rule, $"aucune des situations requises ({listed})");
    }

    private sealed record Profile(int? MinAge, int? MaxAge, int? EducationLevelMax)
    {
        public static Profile Read(EligibilityRuleContext rule, JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object) throw rule.Misconfigured("un profil de « anyOfProfiles » doit être un objet");
            int? Get(string name) => e.TryGetProperty(name, out var v) ? rule.Int(v, "anyOfProfiles." + name) : null;
            foreach (var p in e.EnumerateObject())
                if (p.Name is not ("minAge" or "maxAge" or "educationLevelMax"))
                    throw rule.Misconfigured($"critère de profil inconnu « {p.Name} »");
            return new Profile(Get("minAge"), Get("maxAge"), Get("educationLevelMax"));
        }

        /// <summary>An unknown age or education level matches no bound: the referent can still confirm.</summary>
        public bool Matches(EligibilityCase c) =>
            (MinAge is null || c.Age >= MinAge) && (MaxAge is null || c.Age <= MaxAge)
            && (EducationLevelMax is null || c.Person.Situation.EducationLevel <= EducationLevelMax);

        public string Text => "« " + EligibilityText.List(Parts()) + " »";

        private IEnumerable<string> Parts()
        {
            if (MinAge is { } min) yield return $"{min} ans et plus";
            if (MaxAge is { } max) yield return $"{max} ans au plus";
            if (EducationLevelMax is { } level) yield return $"niveau de formation {level} au plus";
        }
    }
}
