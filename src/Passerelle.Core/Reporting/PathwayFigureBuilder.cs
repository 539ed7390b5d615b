using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting;

/// <summary>
/// Tallies the figures of <see cref="PathwayFigures"/> from pathways whose facts stop on the day they are read on
/// (<c>asOf</c>): a pathway without exit is running that day, a barrier lifted later is still open, a request answered
/// later still waits. Exits are judged by <c>judge</c> (the protocol's <see cref="PositiveExitRules"/>), never here.
/// </summary>
internal static class PathwayFigureBuilder
{
    public static FigureTally Tally(IEnumerable<PathwaySpan> spans, ReportPeriod period, DateOnly asOf,
        Func<ExitEvent, ExitVerdict?> judge, Action<PathwaySpan, ExitEvent?, ExitVerdict?>? onPathway = null)
    {
        var tally = new FigureTally();
        var all = spans.ToList();
        foreach (var span in all.Where(s => s.Overlaps(period)))
        {
            var person = span.PersonId;
            tally.Add(FigureKeys.Active, person);
            if (period.Contains(span.Integration.Date)) tally.Add(FigureKeys.Integrations, person);
            if (span.Exit is null)
            {
                tally.Add(FigureKeys.Running, person);
                tally.Add(FigureKeys.DurationRunning(DurationBands.Of(span.Integration.Date, asOf)), person);
            }
            var exit = span.Exit is { } x && period.Contains(x.Date) ? x : null;
            var verdict = exit is null ? null : judge(exit);
            if (exit is not null) TallyExit(tally, span, exit, verdict);
            foreach (var fact in span.Facts) TallyFact(tally, fact, period, asOf);
            onPathway?.Invoke(span, exit, verdict);
        }
        TallySectors(tally, all, period);
        return tally;
    }

    /// <summary>
    /// « Les souhaits de secteurs d'activité … exprimés par les participants et validés par les référentes » (seed 003):
    /// each person accompanied in the period counts once, in the sector of their latest wish up to the period's end
    /// (a later wish replaces an earlier one, whichever pathway it was noted in).
    /// </summary>
    private static void TallySectors(FigureTally tally, List<PathwaySpan> spans, ReportPeriod period)
    {
        foreach (var person in spans.GroupBy(s => s.PersonId).Where(g => g.Any(s => s.Overlaps(period))))
        {
            var latest = person.SelectMany(s => s.Facts).OfType<SectorWishEvent>().Where(w => w.Date <= period.To)
                .OrderBy(w => w.Date).ThenBy(w => w.Seq).LastOrDefault();
            if (latest is not null) tally.Add(FigureKeys.Sector(latest.Sector), person.Key);
        }
    }

    private static void TallyExit(FigureTally tally, PathwaySpan span, ExitEvent exit, ExitVerdict? verdict)
    {
        var person = span.PersonId;
        tally.Add(FigureKeys.Exits, person);
        tally.Add(FigureKeys.DurationExited(DurationBands.Of(span.Integration.Date, exit.Date)), person);
        tally.Add(FigureKeys.ExitReason(exit.Reason), person);
        if (verdict is null) return; // a PLIE without protocol: exits are not categorised
        tally.Add(FigureKeys.ExitCategory(verdict.Category), person);
        if (!verdict.Positive) return;
        tally.Add(FigureKeys.PositiveExits, person);
        tally.Add(FigureKeys.Proofs(verdict.Proofs), person);
        foreach (var proof in verdict.MissingProofs) tally.Add(FigureKeys.MissingProof(proof), person);
        var kind = PositiveKind(verdict.Basis);
        tally.Add(FigureKeys.PositiveKind(kind), person);
        // « consécutives à la signature d'un CDI » (003): a durable-contract exit whose last contract signed before it is a CDI.
        if (verdict.Basis == ExitCodes.DurableContract
            && span.Facts.OfType<ContractEvent>().Where(c => c.Date <= exit.Date).OrderBy(c => c.Date).ThenBy(c => c.Seq).LastOrDefault()?.Kind == "cdi")
            tally.Add(FigureKeys.CdiExits, person);
    }

    /// <summary>The kind of a positive exit as 003 counts them (employment, business creation, training) from the rule that made it positive.</summary>
    public static string PositiveKind(string? basis) => basis switch
    {
        ExitCodes.Business => "creation",
        ExitCodes.Qualification or ExitCodes.LongTraining => "training",
        _ => "employment",
    };

    private static void TallyFact(FigureTally tally, JourneyEvent fact, ReportPeriod period, DateOnly asOf)
    {
        switch (fact)
        {
            // Steps mobilised in the period (003: « 4 606 étapes de parcours ont été mobilisées »): counted the year they start.
            case StepEvent step when period.Contains(step.Date):
                tally.Add(FigureKeys.Step(step.Kind), step.PersonId);
                break;
            case BarrierEvent barrier when barrier.Date <= period.To && (barrier.End is null || barrier.End >= period.From):
                var status = barrier.End <= asOf ? "lifted" : barrier.WorkedFrom <= asOf ? "worked" : "waiting";
                tally.Add(FigureKeys.Barrier(barrier.Family, "all"), barrier.PersonId);
                tally.Add(FigureKeys.Barrier(barrier.Family, status), barrier.PersonId);
                break;
            // « 778 contrats de travail ont été signés … à cela se rajoutent les 96 contrats signés dans les structures de
            // l'IAE » (003): counted the year they start, IAE (and insertion companies) apart.
            case ContractEvent contract when period.Contains(contract.Date):
                tally.Add(contract.Kind == "iae" || contract.InsertionCompany == true ? FigureKeys.IaeContracts : FigureKeys.Contracts, contract.PersonId);
                break;
            case RequestEvent request when period.Contains(request.Date):
                var outcome = request.Outcome is { } o && request.OutcomeDate <= asOf ? o : "waiting";
                tally.Add(FigureKeys.Request(request.Kind, outcome), request.PersonId);
                break;
        }
    }
}
