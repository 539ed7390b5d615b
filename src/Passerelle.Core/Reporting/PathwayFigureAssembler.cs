using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;

namespace Passerelle.Core.Reporting;

/// <summary>Turns the tally of <see cref="PathwayFigureBuilder"/> into <see cref="PathwayFigures"/>, with durations and the figures by referent.</summary>
internal static class PathwayFigureAssembler
{
    public static (PathwayFigures Figures, FigureTally Tally) Build(IEnumerable<PathwaySpan> spans, ReportPeriod period, DateOnly asOf,
        Func<ExitEvent, ExitVerdict?> judge)
    {
        var exited = new List<decimal>();
        var positive = new List<decimal>();
        var running = new List<decimal>();
        var referents = new Dictionary<string, ReferentTally>(StringComparer.Ordinal);
        var tally = PathwayFigureBuilder.Tally(spans, period, asOf, judge, (span, exit, verdict) =>
        {
            var key = span.Referent ?? "";
            if (!referents.TryGetValue(key, out var r)) referents[key] = r = new ReferentTally();
            if (span.Exit is null)
            {
                running.Add(DurationBands.Months(span.Integration.Date, asOf));
                r.Running++;
            }
            if (exit is not null)
            {
                var months = DurationBands.Months(span.Integration.Date, exit.Date);
                exited.Add(months);
                r.Exits++;
                r.Months.Add(months);
                if (verdict?.Positive == true)
                {
                    positive.Add(months);
                    r.Positive++;
                }
            }
        });

        var durations = new DurationFigures(
            [.. DurationBands.All.Select(b => new DurationRow(b.Code, b.Label,
                tally.Count(FigureKeys.DurationExited(b.Code)), tally.Count(FigureKeys.DurationRunning(b.Code))))],
            exited.Count, positive.Count, running.Count,
            DurationBands.Average(exited), DurationBands.Average(positive), DurationBands.Average(running));
        var figures = new PathwayFigures(period, asOf,
            tally.People(FigureKeys.Active), tally.Count(FigureKeys.Integrations), tally.Count(FigureKeys.Exits), tally.Count(FigureKeys.PositiveExits),
            durations,
            Rows(tally, Codes.StepKinds, FigureKeys.Step),
            Barriers(tally),
            Rows(tally, Codes.ExitReasons, FigureKeys.ExitReason),
            [.. ExitLabels.Categories.Select(c => Row(tally, c.Key, c.Value, FigureKeys.ExitCategory(c.Key)))],
            new ProofFigures(tally.Count(FigureKeys.Proofs(ExitCodes.ProofsComplete)), tally.Count(FigureKeys.Proofs(ExitCodes.ProofsMissing)),
                Rows(tally, Codes.Proofs, FigureKeys.MissingProof)),
            Requests(tally),
            [.. referents.Select(r => new ReferentRow(r.Key.Length == 0 ? null : r.Key, r.Value.Running, r.Value.Exits, r.Value.Positive, DurationBands.Average(r.Value.Months)))
                .OrderBy(r => r.Referent is null).ThenBy(r => r.Referent, StringComparer.Ordinal)]);
        return (figures, tally);
    }

    private sealed class ReferentTally
    {
        public int Running;
        public int Exits;
        public int Positive;
        public readonly List<decimal> Months = [];
    }

    private static CountRow Row(FigureTally tally, string code, string label, string key) =>
        new(code, label, tally.Count(key), tally.People(key), key);

    // The codes met, most frequent first (as 003 names « les étapes les plus utilisées »), then in the nomenclature's order.
    private static List<CountRow> Rows(FigureTally tally, IReadOnlyDictionary<string, string> codes, Func<string, string> key) =>
        [.. codes.Select(c => Row(tally, c.Key, c.Value, key(c.Key))).Where(r => r.Count > 0).OrderByDescending(r => r.Count)];

    private static List<BarrierRow> Barriers(FigureTally tally) =>
        [.. Codes.BarrierFamilies.Select(f => new BarrierRow(f.Key, f.Value,
                tally.Count(FigureKeys.Barrier(f.Key, "all")), tally.Count(FigureKeys.Barrier(f.Key, "lifted")),
                tally.Count(FigureKeys.Barrier(f.Key, "worked")), tally.Count(FigureKeys.Barrier(f.Key, "waiting")),
                tally.People(FigureKeys.Barrier(f.Key, "all"))))
            .Where(r => r.Barriers > 0).OrderByDescending(r => r.Barriers)];

    private static List<RequestRow> Requests(FigureTally tally) =>
        [.. Codes.RequestKinds.Select(k => new RequestRow(k.Key, k.Value,
                tally.Count(FigureKeys.Request(k.Key, "realised")), tally.Count(FigureKeys.Request(k.Key, "refused")),
                tally.Count(FigureKeys.Request(k.Key, "waiting"))))
            .Where(r => r.Total > 0).OrderByDescending(r => r.Total)];
}
