using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Protocols;
using Passerelle.Core.Reporting.Bilan;

namespace Passerelle.Benchmarks;

/// <summary>
/// The lower bounds of the reporting benchmark: hand-written SQL returning the figures of the Bilan quantitatif (contract
/// §6) and of the activity report, for one PLIE (<c>plie</c> set) or for every PLIE at once (set-based, grouped by PLIE).
/// Positive exits (columns 11 and 15) need the protocol's rules (Exits/PositiveExitRules: contracts held six months,
/// hours worked, qualifications…), which no SQL here re-implements: the hand-written side reads the facts those rules
/// read with one plain query and judges them with the same <see cref="ExitJudge.Verdicts"/>.
/// </summary>
public sealed class ReportingHandSql(DbConnection connection)
{
    private bool Postgres => connection is NpgsqlConnection;

    // The year's counted facts, each with the referral that opened its journey: the first referral after the person's last
    // exit or refusal dated before the fact (BilanFactQuery's rule, said the other way round).
    private string OpenedFacts(string plieFilter) => $"""
        f AS (
          SELECT e.plie_id, e.id, e.person_id, e.type, e.date, CASE WHEN e.type = 'exit' THEN e.code END AS reason
          FROM journey_events e
          WHERE {plieFilter} e.date >= @from AND e.date <= @to
            AND e.type IN ('referral', 'info_session', 'first_contact', 'diagnostic_start', 'integration', 'exit')
            AND (e.type <> 'referral' OR e.channel = 'flow')
            AND (e.type <> 'info_session' OR (e.flag = TRUE AND e.code IN ('france_travail', 'joint')))
            AND (e.type <> 'first_contact' OR e.flag = TRUE)
        ),
        o AS MATERIALIZED (
        {(Postgres ? """
          SELECT f.*, r.code AS kind, COALESCE(r.prescriber_org, '') AS org
          FROM f LEFT JOIN LATERAL (
            SELECT r.code, r.prescriber_org FROM journey_events r
            WHERE r.plie_id = f.plie_id AND r.person_id = f.person_id AND r.type = 'referral'
              AND r.date > COALESCE((SELECT max(b.date) FROM journey_events b WHERE b.plie_id = f.plie_id AND b.person_id = f.person_id
                                     AND b.type IN ('exit', 'refusal') AND b.date < f.date), DATE '0001-01-01')
            ORDER BY r.date, r.seq LIMIT 1) r ON TRUE
        """ : """
          SELECT plie_id, id, person_id, type, date, reason, substr(ko, 1, instr(ko, '|') - 1) AS kind, substr(ko, instr(ko, '|') + 1) AS org
          FROM (SELECT f.*, (
            SELECT r.code || '|' || COALESCE(r.prescriber_org, '') FROM journey_events r
            WHERE r.plie_id = f.plie_id AND r.person_id = f.person_id AND r.type = 'referral'
              AND r.date > COALESCE((SELECT max(b.date) FROM journey_events b WHERE b.plie_id = f.plie_id AND b.person_id = f.person_id
                                     AND b.type IN ('exit', 'refusal') AND b.date < f.date), '0001-01-01')
            ORDER BY r.date, r.seq LIMIT 1) AS ko FROM f)
        """)}
        )
        """;

    /// <summary>
    /// The Bilan of each PLIE (all, or <paramref name="plie"/>) for <paramref name="year"/>: the total and each agency's
    /// figures, by PLIE id. One query for the counts (and the ids of the exits with their scope), one for the facts the
    /// exits are judged on.
    /// </summary>
    public async Task<Dictionary<Guid, List<BilanTable>>> BilanAsync(Guid? plie, int year, IReadOnlyDictionary<Guid, (ExitProtocols Rules, bool InfoSessions)> protocols)
    {
        var filter = plie is null ? "" : "e.plie_id = @plie AND";
        var sql = $"""
            WITH {OpenedFacts(filter)}
            SELECT plie_id, org, type, reason, count(DISTINCT person_id), count(*), NULL FROM o WHERE kind = 'france_travail' GROUP BY plie_id, org, type, reason
            UNION ALL
            SELECT plie_id, NULL, type, reason, count(DISTINCT person_id), count(*), NULL FROM o WHERE kind = 'france_travail' GROUP BY plie_id, type, reason
            UNION ALL
            SELECT plie_id, CASE WHEN kind = 'france_travail' THEN org END, 'exit_id', NULL, 0, 0, {(Postgres ? "id::text" : "id")} FROM o WHERE type = 'exit'
            """;
        var counts = new Dictionary<(Guid Plie, string? Scope, string Key), (int People, int Events)>();
        var exits = new List<(Guid Plie, string? Org, Guid Id)>();
        await using (var command = Command(sql, plie, year))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var plieId = Id(reader, 0);
                var org = reader.IsDBNull(1) ? null : reader.GetString(1);
                var type = reader.GetString(2);
                if (type == "exit_id")
                {
                    exits.Add((plieId, org, Guid.Parse(reader.GetString(6))));
                    continue;
                }
                var key = type == "exit" ? BilanColumns.ReasonKey(reader.GetString(3)) : type;
                var value = (Int(reader, 4), Int(reader, 5));
                counts[(plieId, org, key)] = value;
                if (type == "exit")
                {
                    var all = counts.GetValueOrDefault((plieId, org, "exit"));
                    counts[(plieId, org, "exit")] = (0, all.Events + value.Item2);
                }
            }
        }
        var verdicts = await VerdictsAsync(plie, year, protocols);
        var positive = exits.Where(x => verdicts.TryGetValue(x.Id, out var v) && v.Positive).ToList();

        var result = new Dictionary<Guid, List<BilanTable>>();
        foreach (var plieId in protocols.Keys.Where(p => plie is null || p == plie))
        {
            var infoSessions = protocols[plieId].InfoSessions;
            var col14 = exits.Count(x => x.Plie == plieId);
            var col15 = positive.Count(x => x.Plie == plieId);
            BilanFigures Figures(string? scope)
            {
                int P(string key) => counts.GetValueOrDefault((plieId, scope, key)).People;
                var (col1, col2, col3, col5, col7) = (P("referral"), P("info_session"), P("first_contact"), P("diagnostic_start"), P("integration"));
                var col10 = counts.GetValueOrDefault((plieId, scope, "exit")).Events;
                var col11 = positive.Count(x => x.Plie == plieId && x.Org is not null && (scope is null || x.Org == scope));
                var referred = infoSessions ? col1 + col2 : col1;
                var reasons = BilanColumns.ExitReasons.Select(r => (r, n: counts.GetValueOrDefault((plieId, scope, BilanColumns.ReasonKey(r))).Events))
                    .Where(x => x.n > 0).ToDictionary(x => x.r, x => x.n);
                return new BilanFigures(col1, col2, col3, BilanFigures.Rate(col3, referred), col5, BilanFigures.Rate(col5, col3), col7,
                    BilanFigures.Rate(col7, col5), BilanFigures.Rate(col7, col3), BilanFigures.Rate(col7, referred), col10, col11,
                    BilanFigures.Rate(col11, col10), reasons, col14, col15, BilanFigures.Rate(col15, col14));
            }
            var agencies = counts.Keys.Where(k => k.Plie == plieId && k.Scope is not null).Select(k => k.Scope!).Distinct()
                .OrderBy(a => a.Length == 0).ThenBy(a => a, StringComparer.Ordinal);
            result[plieId] = [new BilanTable(null, "total", Figures(null)), .. agencies.Select(a => new BilanTable(a, a, Figures(a)))];
        }
        return result;
    }

    // The facts the rules read (ExitScope.FactTypes) of the people who exit in the year, judged as the export judges them.
    private async Task<Dictionary<Guid, ExitVerdict>> VerdictsAsync(Guid? plie, int year, IReadOnlyDictionary<Guid, (ExitProtocols Rules, bool InfoSessions)> protocols)
    {
        var sql = $"""
            SELECT e.plie_id, e.id, e.person_id, e.seq, e.date, e.type, e.code, e.proofs, e.flag, e.end_date, e.weekly_hours, e.hours_worked, e.qualification_obtained
            FROM journey_events e
            WHERE {(plie is null ? "" : "e.plie_id = @plie AND")} e.date <= @to AND e.type IN ('exit', 'integration', 'contract', 'training', 'business_creation')
              AND e.person_id IN (SELECT x.person_id FROM journey_events x WHERE {(plie is null ? "" : "x.plie_id = @plie AND")} x.type = 'exit' AND x.date >= @from AND x.date <= @to)
            """;
        var facts = new List<JourneyEvent>();
        await using (var command = Command(sql, plie, year))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                JourneyEvent e = reader.GetString(5) switch
                {
                    "exit" => new ExitEvent { Reason = reader.GetString(6), Proofs = Proofs(reader, 7), AtypicalApproved = Bool(reader, 8) },
                    "integration" => new IntegrationEvent(),
                    "contract" => new ContractEvent
                    {
                        Kind = reader.GetString(6),
                        End = Day(reader, 9),
                        WeeklyHours = reader.GetDecimal(10),
                        HoursWorked = reader.IsDBNull(11) ? null : reader.GetDecimal(11),
                        InsertionCompany = Bool(reader, 8),
                    },
                    "training" => new TrainingEvent { End = Day(reader, 9), Qualifying = Bool(reader, 8) == true, QualificationObtained = Day(reader, 12) },
                    _ => new BusinessCreationEvent(),
                };
                e.PlieId = Id(reader, 0);
                e.Id = Id(reader, 1);
                e.PersonId = Id(reader, 2);
                e.Seq = reader.GetInt32(3);
                e.Date = Day(reader, 4)!.Value;
                facts.Add(e);
            }
        }
        var verdicts = new Dictionary<Guid, ExitVerdict>();
        foreach (var journey in facts.GroupBy(e => e.PersonId))
        {
            var rules = protocols[journey.First().PlieId].Rules;
            if (rules.IsEmpty) continue;
            foreach (var (id, verdict) in ExitJudge.Verdicts([.. journey], rules)) verdicts[id] = verdict;
        }
        return verdicts;
    }

    /// <summary>
    /// The activity report's figures that SQL alone gives (seed 003), by PLIE: the people integrated in the year and
    /// their profile (women, education level known and ≤ 3, RSA, age bands on the day of their first integration of the
    /// year), contracts signed and people (IAE apart), steps by kind, exits by reason.
    /// </summary>
    public async Task<Dictionary<Guid, SortedDictionary<string, int>>> ActivityAsync(Guid? plie, int year)
    {
        var filter = plie is null ? "" : "e.plie_id = @plie AND";
        var (monthDay, birthMonthDay, yearOf, leap) = Postgres
            ? ("to_char(i.date, 'MM-DD')", "to_char(d.birth_date, 'MM-DD')", "CAST(extract(year FROM {0}) AS integer)", "(({0} % 4 = 0 AND {0} % 100 <> 0) OR {0} % 400 = 0)")
            : ("substr(i.date, 6, 5)", "substr(d.birth_date, 6, 5)", "CAST(substr({0}, 1, 4) AS integer)", "(({0} % 4 = 0 AND {0} % 100 <> 0) OR {0} % 400 = 0)");
        var integrationYear = string.Format(CultureInfo.InvariantCulture, yearOf, "i.date");
        // Age on the day of the integration, as DateOnly.AddYears reckons a 29 February birthday in a common year (28 February).
        var birthday = $"CASE WHEN {birthMonthDay} = '02-29' AND NOT {string.Format(CultureInfo.InvariantCulture, leap, integrationYear)} THEN '02-28' ELSE {birthMonthDay} END";
        var age = $"{integrationYear} - {string.Format(CultureInfo.InvariantCulture, yearOf, "d.birth_date")} - CASE WHEN {monthDay} < {birthday} THEN 1 ELSE 0 END";
        var sql = $"""
            WITH i AS (
              SELECT e.plie_id, e.person_id, min(e.date) AS date FROM journey_events e
              WHERE {filter} e.type = 'integration' AND e.date >= @from AND e.date <= @to GROUP BY e.plie_id, e.person_id
            ), p AS (
              SELECT i.plie_id, p.sex, p.situation_rsa AS rsa, p.situation_education_level AS level, {age} AS age
              FROM i JOIN persons p ON p.plie_id = i.plie_id AND p.id = i.person_id
              JOIN person_identities d ON d.plie_id = i.plie_id AND d.person_id = i.person_id
            )
            SELECT plie_id, 'integrated', count(*) FROM p GROUP BY plie_id
            UNION ALL SELECT plie_id, 'women', count(*) FROM p WHERE sex = 'F' GROUP BY plie_id
            UNION ALL SELECT plie_id, 'education_known', count(*) FROM p WHERE level IS NOT NULL GROUP BY plie_id
            UNION ALL SELECT plie_id, 'low_education', count(*) FROM p WHERE level <= 3 GROUP BY plie_id
            UNION ALL SELECT plie_id, 'rsa', count(*) FROM p WHERE rsa = TRUE GROUP BY plie_id
            UNION ALL SELECT plie_id, 'age.' || CASE WHEN age <= 25 THEN 'under_26' WHEN age <= 44 THEN '26_44' ELSE '45_plus' END, count(*) FROM p GROUP BY 1, 2
            UNION ALL SELECT e.plie_id, CASE WHEN e.code = 'iae' OR e.flag = TRUE THEN 'contracts.iae' ELSE 'contracts' END, count(*) FROM journey_events e
              WHERE {filter} e.type = 'contract' AND e.date >= @from AND e.date <= @to GROUP BY 1, 2
            UNION ALL SELECT e.plie_id, CASE WHEN e.code = 'iae' OR e.flag = TRUE THEN 'contract_people.iae' ELSE 'contract_people' END, count(DISTINCT e.person_id) FROM journey_events e
              WHERE {filter} e.type = 'contract' AND e.date >= @from AND e.date <= @to GROUP BY 1, 2
            UNION ALL SELECT e.plie_id, 'step.' || e.code, count(*) FROM journey_events e
              WHERE {filter} e.type = 'step' AND e.date >= @from AND e.date <= @to GROUP BY 1, 2
            UNION ALL SELECT e.plie_id, 'exit.' || e.code, count(*) FROM journey_events e
              WHERE {filter} e.type = 'exit' AND e.date >= @from AND e.date <= @to GROUP BY 1, 2
            """;
        var result = new Dictionary<Guid, SortedDictionary<string, int>>();
        await using var command = Command(sql, plie, year);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var id = Id(reader, 0);
            if (!result.TryGetValue(id, out var figures)) result[id] = figures = new(StringComparer.Ordinal);
            figures[reader.GetString(1)] = Int(reader, 2);
        }
        return result;
    }

    private DbCommand Command(string sql, Guid? plie, int year)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        void Add(string name, object value)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        if (plie is { } id) Add("@plie", Postgres ? id : id.ToString().ToUpperInvariant());
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        Add("@from", Postgres ? from : from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("@to", Postgres ? to : to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return command;
    }

    private static Guid Id(DbDataReader reader, int i) => reader.GetFieldType(i) == typeof(Guid) ? reader.GetGuid(i) : Guid.Parse(reader.GetString(i));

    private static DateOnly? Day(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : reader.GetFieldType(i) == typeof(string)
            ? DateOnly.ParseExact(reader.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : reader.GetFieldValue<DateOnly>(i);

    private static int Int(DbDataReader reader, int i) => Convert.ToInt32(reader.GetValue(i), CultureInfo.InvariantCulture);

    private static bool? Bool(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetBoolean(i);

    private static List<string> Proofs(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? [] : reader.GetFieldType(i) == typeof(string)
            ? JsonSerializer.Deserialize<List<string>>(reader.GetString(i)) ?? []
            : [.. reader.GetFieldValue<string[]>(i)];

    /// <summary>The protocols of every PLIE: the exit rules, and the Bilan's option for columns 4 and 9 bis (BilanQuantitatif.OptionOf).</summary>
    public static (ExitProtocols Rules, bool InfoSessions) Options(IReadOnlyList<Protocol> protocols, int year)
    {
        var end = new DateOnly(year, 12, 31);
        var ordered = protocols.OrderBy(p => p.ValidFrom).ToList();
        var protocol = ordered.FirstOrDefault(p => p.ValidFrom <= end && end <= p.ValidTo) ?? ordered.LastOrDefault(p => p.ValidFrom <= end) ?? ordered.FirstOrDefault();
        return (new ExitProtocols(protocols), protocol?.Definition.Bilan?.InfoSessionsInDenominator ?? false);
    }
}
