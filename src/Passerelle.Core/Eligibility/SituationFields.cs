using Passerelle.Core.Exchange;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// The yes/no fields of the person's situation (contract §4) as the protocols name them in their parameters,
/// with the wording a referent reads in a rule's detail.
/// </summary>
internal static class SituationFields
{
    private static readonly Dictionary<string, (Func<SituationDto, bool> Read, string Label)> Fields = new(StringComparer.Ordinal)
    {
        ["rsa"] = (s => s.Rsa, "allocataire du RSA"),
        ["ass"] = (s => s.Ass, "allocataire de l'ASS"),
        ["aah"] = (s => s.Aah, "allocataire de l'AAH"),
        ["rqth"] = (s => s.Rqth, "RQTH"),
        ["qpv"] = (s => s.Qpv, "résident d'un quartier prioritaire (QPV)"),
        ["longTermUnemployed"] = (s => s.LongTermUnemployed, "demandeur d'emploi de longue durée"),
        ["singleParent"] = (s => s.SingleParent, "famille monoparentale"),
        ["selfEmployed"] = (s => s.SelfEmployed, "travailleur indépendant"),
        ["followedByMissionLocale"] = (s => s.FollowedByMissionLocale, "suivi par une Mission Locale"),
    };

    public static bool Has(EligibilityRuleContext rule, string field) => Field(rule, field).Read(rule.Case.Person.Situation);

    public static string Label(EligibilityRuleContext rule, string field) => Field(rule, field).Label;

    private static (Func<SituationDto, bool> Read, string Label) Field(EligibilityRuleContext rule, string field) =>
        Fields.TryGetValue(field, out var f) ? f
            : throw rule.Misconfigured($"champ de situation inconnu « {field} » (connus : {string.Join(", ", Fields.Keys)})");
}
