using Passerelle.Core.Exits;

namespace Passerelle.Core.Reporting.Bilan;

/// <summary>
/// The people and exit events behind each figure of the Bilan quantitatif, by scope: the total of France Travail's
/// referrals, each agency, and the whole PLIE (columns 14-15). Figures and the lists of people behind them are read from
/// the same tally, so they always agree.
/// </summary>
internal sealed class BilanTally
{
    public const string Total = "total", Plie = "plie";
    private const string FranceTravail = "france_travail";

    private readonly Dictionary<(string Scope, string Key), (HashSet<Guid> People, HashSet<Guid> Events)> cells = [];
    private readonly SortedSet<string> agencies = new(StringComparer.Ordinal);

    public static string AgencyScope(string agency) => "agency:" + agency;

    /// <summary>The agencies (prescriberOrg codes, "" when none was given) whose referrals have a fact counted.</summary>
    public IReadOnlyCollection<string> Agencies => agencies;

    public static BilanTally Of(IEnumerable<BilanFact> facts, Func<Guid, ExitVerdict?> verdictOf)
    {
        var tally = new BilanTally();
        foreach (var f in facts)
        {
            var positive = f.Type == "exit" && verdictOf(f.EventId) is { Positive: true };
            if (f.Type == "exit")
            {
                tally.Add(Plie, BilanColumns.Col14.Key, f);
                if (positive) tally.Add(Plie, BilanColumns.Col15.Key, f);
            }
            // Columns 1 to 13: the journey was opened by a France Travail referral (contract §6).
            if (f.OpeningKind != FranceTravail) continue;
            var agency = f.OpeningOrg ?? "";
            tally.agencies.Add(agency);
            foreach (var key in Keys(f, positive))
            {
                tally.Add(Total, key, f);
                tally.Add(AgencyScope(agency), key, f);
            }
        }
        return tally;
    }

    private static IEnumerable<string> Keys(BilanFact f, bool positive)
    {
        switch (f.Type)
        {
            case "referral": yield return BilanColumns.Col1.Key; break;
            case "info_session": yield return BilanColumns.Col2.Key; break;
            case "first_contact": yield return BilanColumns.Col3.Key; break;
            case "diagnostic_start": yield return BilanColumns.Col5.Key; break;
            case "integration": yield return BilanColumns.Col7.Key; break;
            case "exit":
                yield return BilanColumns.Col10.Key;
                if (positive) yield return BilanColumns.Col11.Key;
                yield return BilanColumns.ReasonKey(f.Reason ?? "");
                break;
        }
    }

    private void Add(string scope, string key, BilanFact fact)
    {
        if (!cells.TryGetValue((scope, key), out var cell)) cells[(scope, key)] = cell = ([], []);
        cell.People.Add(fact.PersonId);
        cell.Events.Add(fact.EventId);
    }

    public int People(string scope, string key) => cells.TryGetValue((scope, key), out var c) ? c.People.Count : 0;

    public int Events(string scope, string key) => cells.TryGetValue((scope, key), out var c) ? c.Events.Count : 0;

    /// <summary>The people behind a figure; columns 14 and 15 are the whole PLIE's whatever the scope.</summary>
    public IReadOnlySet<Guid> PeopleOf(string scope, string key) =>
        cells.TryGetValue((key is "col14" or "col15" ? Plie : scope, key), out var c) ? c.People : new HashSet<Guid>();

    /// <summary>The figures of one scope (<see cref="Total"/> or <see cref="AgencyScope"/>).</summary>
    public BilanFigures Figures(string scope, bool infoSessionsInDenominator)
    {
        int P(BilanColumn c) => People(scope, c.Key);
        int E(BilanColumn c) => Events(scope, c.Key);
        var (col1, col2, col3, col5, col7, col10, col11) = (P(BilanColumns.Col1), P(BilanColumns.Col2), P(BilanColumns.Col3),
            P(BilanColumns.Col5), P(BilanColumns.Col7), E(BilanColumns.Col10), E(BilanColumns.Col11));
        var (col14, col15) = (Events(Plie, BilanColumns.Col14.Key), Events(Plie, BilanColumns.Col15.Key));
        // Col. 4 and 9 bis: « nb colonne 1 (+colonne 2 en fonction des organisations) » (000 Annexe 1; contract §6).
        var referred = infoSessionsInDenominator ? col1 + col2 : col1;
        var reasons = BilanColumns.ExitReasons.Select(r => (r, n: Events(scope, BilanColumns.ReasonKey(r)))).Where(x => x.n > 0)
            .ToDictionary(x => x.r, x => x.n);
        return new BilanFigures(
            col1, col2, col3, BilanFigures.Rate(col3, referred), col5, BilanFigures.Rate(col5, col3), col7,
            BilanFigures.Rate(col7, col5), BilanFigures.Rate(col7, col3), BilanFigures.Rate(col7, referred),
            col10, col11, BilanFigures.Rate(col11, col10), reasons, col14, col15, BilanFigures.Rate(col15, col14));
    }
}
