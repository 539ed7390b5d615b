using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;
using static Passerelle.Core.Exits.ExitText;

namespace Passerelle.Core.Pathways;

/// <summary>
/// What needs a referent's attention for one person, read from their facts, the protocol's <see cref="PathwayRules"/>
/// (000 art. 3-3, 001 art. 2-3, 002 art. 3-3) and a date. Every figure comes from the protocol; the lead times
/// (warn 2 months before the maximum or the PNI end, 1 month before the end of the follow-up) are the product's.
/// </summary>
/// <remarks>
/// Readings (each is tested in tests/Passerelle.Tests/Pathways):
/// <list type="bullet">
/// <item>« Un entretien par mois », « 2 contacts par mois »: on any day, the last n required contacts fall within one
/// calendar month. The n-th latest contact of 1 March is due again on 1 April (31 January: 28 February, as
/// <see cref="DateOnly.AddMonths"/> clamps); the alert comes the day after. An interview is a contact of mode
/// <c>individual</c> (« entretien individuel »): a phone call is a contact, not an interview.</item>
/// <item>The clock starts at the integration. During an exempt period (the protocol's <c>contactExemptDuring</c>:
/// training, employment, a France Travail service, a suspension) only <see cref="PathwayRules.ExemptContactsPerMonth"/>
/// is due (COV: « au moins un contact mensuel »), counted from the period's start; after it, the clock restarts the
/// day after its end. Overlapping or adjacent exempt periods make one.</item>
/// <item>Employment exempts while a contract (or an employment or IAE step) runs; with
/// <see cref="PathwayRules.TemporaryEmploymentMaxMonths"/> (CASA: « emploi temporaire (moins de deux mois) »), only a
/// contract whose recorded end comes before that many months: a longer or open-ended one is durable employment, in
/// which the referent keeps following the person.</item>
/// <item>Maximum: integration + <see cref="PathwayRules.MaxMonths"/> + the months of extension the commission granted
/// (<see cref="ExtensionEvent"/>). Unless the follow-up is included in it (Martigues),
/// a durable employment or qualifying training started in the pathway carries it to the end of the follow-up
/// (« 24 mois plus 6 mois après son entrée en formation ou son retour à l'emploi durable »), which
/// <see cref="AlertCodes.FollowUpEnd"/> then announces instead.</item>
/// <item>Follow-up: from the latest durable employment (the CDI/CDD criterion of the exit rules: not an excluded kind
/// nor an insertion company, open-ended or at least <see cref="ExitRules.DurableContractMonths"/> long) or qualifying
/// training started in the pathway, for <see cref="PathwayRules.FollowUpMonths"/>.</item>
/// <item>PNI: <see cref="PathwayFacts.PniStart"/> (the date France Travail confirmed the delegation, else the integration of
/// people it referred) + <see cref="PathwayRules.PniMonths"/>; when it falls on the maximum, the maximum's alert says so
/// instead of a second badge.</item>
/// <item>Missing proofs: those <see cref="PositiveExitRules"/> finds missing on the exit of the current pathway.</item>
/// </list>
/// </remarks>
public static class PathwayAlerts
{
    public const int LeadMonths = 2;
    public const int FollowUpLeadMonths = 1;
    public static readonly string[] InterviewModes = ["individual"];
    private static readonly string[] DurableKinds = ["cdi", "cdd", "civil_service", "professionalisation"];

    public static IReadOnlyList<PathwayAlert> For(PathwayFacts facts, ProtocolDefinition protocol, DateOnly today) =>
        For(facts, protocol.Pathway, _ => protocol.Exits, today);

    /// <param name="exitRulesOn">The exit rules in force on a date (<see cref="ExitProtocols.RulesOn"/>).</param>
    public static IReadOnlyList<PathwayAlert> For(PathwayFacts facts, PathwayRules rules, Func<DateOnly, ExitRules> exitRulesOn, DateOnly today)
    {
        var alerts = new List<PathwayAlert>();
        if (facts.Exit is { } exit)
        {
            var verdict = PositiveExitRules.Evaluate(exitRulesOn(exit.Date), facts.All.OrderBy(e => e.Seq).Select(JourneyMapping.ToDto), JourneyMapping.ToDto(exit));
            if (verdict.MissingProofs.Count > 0)
                alerts.Add(new(AlertCodes.ProofsMissing, AlertSeverity.Warning, exit.Date,
                    $"Justificatifs manquants pour la sortie du {Date(exit.Date)} : {Proofs(verdict.MissingProofs)}."));
            return alerts;
        }
        if (facts.Integration is not { } integration) return alerts;
        alerts.AddRange(ContactRhythm.Alerts(facts, rules, today));

        var followUp = FollowUpStart(facts, exitRulesOn(today), today);
        var followUpEnd = followUp?.AddMonths(rules.FollowUpMonths);
        if (followUp is { } started && followUpEnd is { } end && today >= end.AddMonths(-FollowUpLeadMonths))
            alerts.Add(today > end
                ? new(AlertCodes.FollowUpEnd, AlertSeverity.Critical, end, $"Suivi dans l'emploi ou la formation terminé le {Date(end)} ({rules.FollowUpMonths} mois depuis le {Date(started)}) : sortie à enregistrer.")
                : new(AlertCodes.FollowUpEnd, AlertSeverity.Warning, end, $"Suivi dans l'emploi ou la formation de {rules.FollowUpMonths} mois jusqu'au {Date(end)} : préparer la sortie."));

        // An extension granted by the commission moves the maximum (002 art. 3-3, 000 art. 3-3).
        var granted = facts.ExtensionMonths;
        var max = integration.Date.AddMonths(rules.MaxMonths + granted);
        var pni = rules.PniMonths is { } months && facts.PniStart is { } pniStart ? pniStart.AddMonths(months) : (DateOnly?)null;
        var carried = !rules.FollowUpIncludedInMax && followUpEnd is { } e2 && e2 > max;
        if (!carried && today >= max.AddMonths(-LeadMonths))
            alerts.Add(Maximum(rules, max, granted, pni == max, today));
        if (pni is { } p && (p != max || carried) && today >= p.AddMonths(-LeadMonths))
            alerts.Add(new(AlertCodes.PniEnd, today > p ? AlertSeverity.Critical : AlertSeverity.Warning, p,
                $"Délégation PNI de France Travail ({rules.PniMonths} mois) {(today > p ? "échue" : "jusqu'au")} {(today > p ? "le " : "")}{Date(p)} : à signaler à France Travail."));
        return alerts;
    }

    private static PathwayAlert Maximum(PathwayRules rules, DateOnly max, int granted, bool pniToo, DateOnly today)
    {
        var months = granted > 0 ? $"{rules.MaxMonths} mois et {granted} mois de prolongation accordée par la commission" : $"{rules.MaxMonths} mois";
        // What may still be asked: Martigues' 6 months less what was granted; CASA's exceptional extension, always.
        var left = rules.ExtensionMonths - granted;
        var extension = left > 0
            ? $" ; prolongation de {left} mois possible sur décision de la commission"
            : rules.ExceptionalExtension ? " ; prolongation exceptionnelle possible sur décision de la commission" : "";
        var pni = pniToo ? " ; fin de la délégation PNI, à signaler à France Travail" : "";
        if (today <= max)
            return new(AlertCodes.PathwayMax, AlertSeverity.Warning, max, $"Durée maximale de parcours ({months}) atteinte le {Date(max)}{extension}{pni}.");
        var extended = max.AddMonths(left);
        var text = left > 0 && today > extended
            ? $"Durée maximale de parcours dépassée depuis le {Date(max)}, prolongation de {left} mois comprise (le {Date(extended)})"
            : $"Durée maximale de parcours ({months}) dépassée depuis le {Date(max)}{extension}";
        return new(AlertCodes.PathwayMax, AlertSeverity.Critical, max, text + pni + ".");
    }

    /// <summary>The start of the latest durable employment or qualifying training begun in the pathway, up to today.</summary>
    public static DateOnly? FollowUpStart(PathwayFacts facts, ExitRules exits, DateOnly today)
    {
        var integration = facts.Integration!.Date;
        var starts = facts.All.Where(e => e.Date >= integration && e.Date <= today && e switch
        {
            ContractEvent c => DurableKinds.Contains(c.Kind) && !exits.ExcludedContractKinds.Contains(c.Kind) && c.InsertionCompany != true
                && (c.End is not { } end || end.AddDays(1) >= c.Date.AddMonths(exits.DurableContractMonths)),
            TrainingEvent t => t.Qualifying,
            _ => false,
        }).Select(e => e.Date).ToList();
        return starts.Count == 0 ? null : starts.Max();
    }
}
