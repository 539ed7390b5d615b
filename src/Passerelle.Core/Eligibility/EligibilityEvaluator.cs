using System.Collections.Frozen;
using Passerelle.Core.Exchange;
using Passerelle.Core.Protocols;
using Passerelle.Core.Referentials;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// Applies a protocol's eligibility rules to a person on a date (contract §5). The protocol is data: each rule is
/// evaluated by the check of its kind with its own parameters, and no PLIE is ever named here. The history the
/// rules may use is the person's own <see cref="JourneyPersonDto.Events"/>, up to the date of the decision.
/// Stateless and thread-safe: register it as a singleton.
/// </summary>
public sealed class EligibilityEvaluator(CommuneReferential communes)
{
    private static readonly FrozenDictionary<string, IEligibilityCheck> Checks = new IEligibilityCheck[]
    {
        new TerritoryRule(), new AgeRule(), new StatusAnyRule(), new NotStatusRule(), new NoPreviousPathwayRule(),
        new RegisteredJobSeekerRule(), new NotInAccompagnementGlobalRule(), new JudgementRule(), new PriorityRule(),
    }.ToFrozenDictionary(c => c.Kind, StringComparer.Ordinal);

    /// <summary>The rule kinds this evaluator knows; a protocol using another one is misconfigured.</summary>
    public static IReadOnlyCollection<string> Kinds => Checks.Keys;

    public EligibilityAnswer Evaluate(ProtocolDefinition protocol, JourneyPersonDto person, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(person);
        var @case = new EligibilityCase(protocol, person, on, communes);
        var rules = new List<EligibilityRuleResult>(protocol.Eligibility.Count);
        var eligible = true;
        foreach (var rule in protocol.Eligibility)
        {
            var check = Checks.GetValueOrDefault(rule.Kind)
                ?? throw new InvalidOperationException($"Protocole {protocol.Preset}, règle « {rule.Id} » : type de règle inconnu « {rule.Kind} ».");
            var result = check.Check(new EligibilityRuleContext(rule, @case));
            // Only a mandatory rule that failed excludes: to-confirm rules and information never do.
            if (rule.Mandatory && result.Passed == false) eligible = false;
            rules.Add(result);
        }
        return new EligibilityAnswer(eligible, rules, rules.Where(r => r.Passed is null).Select(r => r.Id).ToList());
    }
}
