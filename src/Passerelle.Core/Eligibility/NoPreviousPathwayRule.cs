using Passerelle.Core.Exchange;
using Passerelle.Core.Journeys;
using static Passerelle.Core.Eligibility.EligibilityRuleResult;

namespace Passerelle.Core.Eligibility;

/// <summary>
/// <c>no_previous_pathway</c> (CASA 003 art. 3): no pathway already followed under the protocol. A pathway is an
/// integration dated before the decision — within the protocol's period when <c>scope</c> is <c>protocol</c>, at any
/// time when it is <c>any</c> — and the exit that closes it, if any. A pathway still running excludes; a closed one
/// excludes unless its exit reason is one of <c>exceptExitReasons</c> (the "raisons administratives": pregnancy,
/// moving, incarceration, health), which the seed lets back in.
/// </summary>
internal sealed class NoPreviousPathwayRule : IEligibilityCheck
{
    public string Kind => "no_previous_pathway";

    public EligibilityRuleResult Check(EligibilityRuleContext rule)
    {
        var c = rule.Case;
        var scope = rule.String("scope") ?? "protocol";
        var (from, to, where) = scope switch
        {
            "protocol" => (c.Protocol.ValidFrom, c.Protocol.ValidTo,
                $"sur le présent protocole (du {EligibilityText.Date(c.Protocol.ValidFrom)} au {EligibilityText.Date(c.Protocol.ValidTo)})"),
            "any" => (DateOnly.MinValue, DateOnly.MaxValue, "au PLIE"),
            _ => throw rule.Misconfigured($"« scope » vaut « protocol » ou « any », trouvé « {scope} »"),
        };
        var excepted = rule.Strings("exceptExitReasons");
        var readmitted = new List<string>();
        foreach (var (integration, exit) in Pathways(c))
        {
            if (integration < from || integration > to) continue;
            var since = $"intégration le {EligibilityText.Date(integration)}";
            if (exit is null) return Fail(rule, $"parcours en cours {where} : {since}, sans sortie");
            var reason = Codes.ExitReasons.GetValueOrDefault(exit.Reason ?? "", exit.Reason ?? "motif inconnu").ToLowerInvariant();
            var closed = $"{since}, sortie le {EligibilityText.Date(exit.Date!.Value)} ({reason})";
            if (exit.Reason is null || !excepted.Contains(exit.Reason))
                return Fail(rule, $"parcours déjà suivi {where} : {closed}");
            readmitted.Add(closed);
        }
        return readmitted.Count == 0
            ? Pass(rule, $"aucun parcours {where}")
            // The seed readmits « certaines personnes » so exited: the rule passes, the referent still decides the integration.
            : Pass(rule, $"parcours {where} clos pour raison administrative, qui n'exclut pas (réadmission à l'appréciation du référent) : {string.Join(" ; ", readmitted)}");
    }

    /// <summary>Each integration before the decision date with the first exit after it (null while it runs).</summary>
    private static IEnumerable<(DateOnly Integration, JourneyEventDto? Exit)> Pathways(EligibilityCase c)
    {
        DateOnly? open = null;
        foreach (var e in c.History)
        {
            // An integration on the very day of the decision is the one being decided, not a previous one.
            if (e is { Type: "integration", Date: { } d } && d < c.On && open is null) open = d;
            else if (e is { Type: "exit", Date: not null } && open is { } started)
            {
                yield return (started, e);
                open = null;
            }
        }
        if (open is { } running) yield return (running, null);
    }
}
