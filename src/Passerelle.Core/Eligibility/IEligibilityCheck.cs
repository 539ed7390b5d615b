namespace Passerelle.Core.Eligibility;

/// <summary>
/// The evaluator of one kind of protocol rule (<see cref="Protocols.EligibilityRule.Kind"/>). It knows no PLIE:
/// every difference between protocols comes from the rule's parameters.
/// </summary>
internal interface IEligibilityCheck
{
    string Kind { get; }

    EligibilityRuleResult Check(EligibilityRuleContext rule);
}
