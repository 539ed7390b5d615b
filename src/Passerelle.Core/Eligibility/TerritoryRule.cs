using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>territory</c>: the person lives in one of the protocol's communes, given one by one or through their EPCI/EPT
/// (CASA: EPCI 240600585, 003 art. 2). An old code or an arrondissement counts as its current commune.
/// </summary>
internal sealed class TerritoryRule : IEligibilityCheck
{
    public string Kind => "territory";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var c = rule.Case;
        var codes = c.Communes.ResolveTerritory(c.Protocol.Territory);
        var commune = c.Communes.FindCurrent(c.Person.CommuneInsee);
        var named = commune is null ? c.Person.CommuneInsee : $"{c.Person.CommuneInsee} ({commune.Name})";
        return commune is not null && codes.Contains(commune.Insee)
            ? Pass(rule, $"commune {named} dans le territoire du PLIE")
            : Fail(rule, $"commune {named} hors du territoire du PLIE");
    }
}
