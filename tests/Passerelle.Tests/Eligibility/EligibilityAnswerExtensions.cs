using Passerelle.Core.Eligibility;

namespace Passerelle.Tests.Eligibility;

public static class EligibilityAnswerExtensions
{
    public static EligibilityRuleResult Rule(this EligibilityAnswer answer, string id) => answer.Rules.Single(r => r.Id == id);
}
