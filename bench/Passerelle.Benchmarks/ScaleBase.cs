using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;

namespace Passerelle.Benchmarks;

/// <summary>
/// Builds a national-scale base (issue 6 item 7): the real schema (the migrations), <c>plies</c> PLIE created as the
/// command line does (each with the protocol of a preset, in turn CASA, Martigues, COV), France Travail agencies per
/// department, then <c>people</c> people with their journeys (<see cref="ScaleJourneys"/>) through the providers' bulk
/// paths: binary COPY on PostgreSQL, prepared multi-row INSERTs in large transactions with the journal off on SQLite.
/// The secondary indexes of the three loaded tables are dropped before the load and rebuilt after it (their definitions
/// are read from the database, so they are the migrations' own), then statistics are gathered (ANALYZE). Nothing is
/// audited: the people are not read nor written by anyone, they are put in place as a restore would.
/// </summary>
public static class ScaleBase
{
    public static readonly string[] Presets = ["casa-2021-2023", "martigues-2023-2027", "cov-2020-2022"];
    private static readonly string[] Loaded = ["persons", "person_identities", "journey_events"];

    public sealed record Result(int Plies, int Agencies, long People, long Events, TimeSpan Organisations, TimeSpan Load, TimeSpan Indexes, TimeSpan Total);

    public static string PlieCode(int i) => $"plie{i + 1:000}";

    public static string Department(int i) => $"{i % 95 + 1:00}";

    /// <summary>The agencies a PLIE's France Travail referrals come from: its department's first 3 to 6 (shared by the PLIE of a department).</summary>
    public static string[] Agencies(int i) => [.. Enumerable.Range(1, 3 + i % 4).Select(k => $"FT-{Department(i)}{k:00}")];

    /// <summary>The people of each PLIE: sizes vary from 1 to 5 parts, the total is <paramref name="people"/>.</summary>
    public static int[] Sizes(int plies, int people)
    {
        var weights = Enumerable.Range(0, plies).Select(i => 1 + i * 37 % 5).ToArray();
        var sum = weights.Sum();
        var sizes = weights.Select(w => (int)((long)people * w / sum)).ToArray();
        sizes[^1] += people - sizes.Sum();
        return sizes;
    }

    public static async Task<Result> CreateAsync(DatabaseOptions options, int plies, int people, int seed, Action<string>? progress = null)
    {
        var total = Stopwatch.StartNew();
        var plieIds = new Guid[plies];
        var agencyCount = 0;
        await using (var services = new ServiceCollection().AddLogging().AddPasserelleCore(options).BuildServiceProvider())
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().SetSystem(Channel.Cli, "bench scale");
            var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
            await db.Database.MigrateAsync();
            var organisations = scope.ServiceProvider.GetRequiredService<OrganisationService>();
            for (var i = 0; i < plies; i++)
                plieIds[i] = (await organisations.CreatePlieAsync(PlieCode(i), $"PLIE n° {i + 1} ({Department(i)})", Presets[i % Presets.Length])).Id;
            var codes = Enumerable.Range(0, plies).SelectMany(Agencies).Distinct().Order(StringComparer.Ordinal).ToList();
            var now = DateTime.UtcNow;
            db.Organisations.AddRange(codes.Select(c => new Organisation
            {
                Kind = OrganisationKind.FranceTravailAgency,
                Code = c,
                Name = $"France Travail {c[3..5]} agence {c[5..]}",
                TerritoryCode = c[3..5],
                CreatedAt = now,
            }));
            await db.SaveChangesAsync();
            agencyCount = codes.Count;
        }
        // The context's pooled SQLite connections are let go: the load opens the file alone (DROP INDEX and the pragmas wait for no one).
        SqliteConnection.ClearAllPools();
        var organisationsTime = total.Elapsed;
        progress?.Invoke($"{plies} PLIE et {agencyCount} agences créés en {organisationsTime.TotalSeconds:F1} s");

        await using var connection = options.Provider == DatabaseProvider.Postgres
            ? (DbConnection)new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString)
            : new SqliteConnection(new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        var indexes = await DropIndexesAsync(connection);
        IBulkWriter writer = connection is NpgsqlConnection pg ? new PostgresBulk(pg) : new SqliteBulk((SqliteConnection)connection);
        await writer.BeginAsync();
        progress?.Invoke($"{indexes.Count} index secondaires retirés, écriture prête à {total.Elapsed.TotalSeconds:F1} s");

        // The PLIE are drawn on the thread pool (two ahead) while the previous ones are written.
        var load = Stopwatch.StartNew();
        var sizes = Sizes(plies, people);
        using var queue = new BlockingCollection<ScaleBatch>(boundedCapacity: 2);
        var producer = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < plies; i++)
                    queue.Add(new ScaleJourneys(seed, i, PlieCode(i), Department(i), Agencies(i)).Generate(plieIds[i], sizes[i]));
            }
            finally
            {
                queue.CompleteAdding();
            }
        });
        long peopleWritten = 0, eventsWritten = 0;
        var done = 0;
        foreach (var batch in queue.GetConsumingEnumerable())
        {
            await writer.WriteAsync(batch);
            peopleWritten += batch.People.Count;
            eventsWritten += batch.Events.Count;
            if (++done % 10 == 0) progress?.Invoke($"  {done}/{plies} PLIE, {peopleWritten:N0} personnes, {eventsWritten:N0} faits, {load.Elapsed.TotalSeconds:F0} s");
        }
        await producer;
        await writer.EndAsync();
        var loadTime = load.Elapsed;
        progress?.Invoke($"Chargement : {peopleWritten:N0} personnes, {eventsWritten:N0} faits en {loadTime.TotalSeconds:F1} s");

        var rebuild = Stopwatch.StartNew();
        foreach (var sql in indexes) await ExecuteAsync(connection, sql);
        await ExecuteAsync(connection, "ANALYZE");
        if (connection is SqliteConnection) await ExecuteAsync(connection, "PRAGMA journal_mode=WAL");
        progress?.Invoke($"Index ({indexes.Count}) reconstruits et statistiques en {rebuild.Elapsed.TotalSeconds:F1} s");
        return new Result(plies, agencyCount, peopleWritten, eventsWritten, organisationsTime, loadTime, rebuild.Elapsed, total.Elapsed);
    }

    /// <summary>Drops the secondary indexes of the loaded tables; returns the statements that rebuild them.</summary>
    private static async Task<List<string>> DropIndexesAsync(DbConnection connection)
    {
        var tables = string.Join(", ", Loaded.Select(t => $"'{t}'"));
        var query = connection is NpgsqlConnection
            ? $"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ({tables}) AND indexname NOT LIKE 'pk\\_%'"
            : $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({tables}) AND sql IS NOT NULL";
        var found = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = query;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) found.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var (name, _) in found) await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        return [.. found.Select(f => f.Sql)];
    }

    internal static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private interface IBulkWriter
    {
        Task BeginAsync();
        Task WriteAsync(ScaleBatch batch);
        Task EndAsync();
    }

    /// <summary>Binary COPY, one per table and PLIE; foreign-key triggers off for the session (the rows are consistent by construction).</summary>
    private sealed class PostgresBulk(NpgsqlConnection connection) : IBulkWriter
    {
        public Task BeginAsync() => ExecuteAsync(connection, "SET session_replication_role = replica");

        public Task EndAsync() => ExecuteAsync(connection, "SET session_replication_role = DEFAULT");

        public async Task WriteAsync(ScaleBatch batch)
        {
            var now = DateTime.UtcNow;
            var plie = batch.PlieId;
            await using (var w = await connection.BeginBinaryImportAsync(
                "COPY persons (plie_id, id, ref, sex, birth_year, commune_insee, situation_rsa, situation_ass, situation_aah, situation_rqth, " +
                "situation_qpv, situation_long_term_unemployed, situation_education_level, situation_single_parent, situation_self_employed, " +
                "situation_followed_by_mission_locale, created_at, updated_at) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in batch.People)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(plie, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(p.Id, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(p.Ref, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.Sex, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.BirthYear, NpgsqlTypes.NpgsqlDbType.Integer);
                    await w.WriteAsync(p.CommuneInsee, NpgsqlTypes.NpgsqlDbType.Varchar);
                    foreach (var b in new[] { p.Rsa, p.Ass, p.Aah, p.Rqth, p.Qpv, p.LongTermUnemployed })
                        await w.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean);
                    await Nullable(w, p.EducationLevel, NpgsqlTypes.NpgsqlDbType.Integer);
                    await w.WriteAsync(p.SingleParent, NpgsqlTypes.NpgsqlDbType.Boolean);
                    await w.WriteAsync(false, NpgsqlTypes.NpgsqlDbType.Boolean);
                    await w.WriteAsync(p.FollowedByMissionLocale, NpgsqlTypes.NpgsqlDbType.Boolean);
                    await w.WriteAsync(now, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(now, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                }
                await w.CompleteAsync();
            }
            await using (var w = await connection.BeginBinaryImportAsync(
                "COPY person_identities (plie_id, person_id, last_name, first_name, birth_date, france_travail_id, search_key) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var p in batch.People)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(plie, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(p.Id, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(p.LastName, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.FirstName, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.BirthDate, NpgsqlTypes.NpgsqlDbType.Date);
                    await Nullable(w, p.FranceTravailId, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await w.WriteAsync(p.SearchKey, NpgsqlTypes.NpgsqlDbType.Varchar);
                }
                await w.CompleteAsync();
            }
            await using (var w = await connection.BeginBinaryImportAsync(
                "COPY journey_events (plie_id, id, person_id, seq, date, recorded_at, type, code, proofs, flag, referent, end_date, weekly_hours, " +
                "hours_worked, qualification_obtained, prescriber_org, channel) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var e in batch.Events)
                {
                    await w.StartRowAsync();
                    await w.WriteAsync(plie, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(e.Id, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(e.PersonId, NpgsqlTypes.NpgsqlDbType.Uuid);
                    await w.WriteAsync(e.Seq, NpgsqlTypes.NpgsqlDbType.Integer);
                    await w.WriteAsync(e.Date, NpgsqlTypes.NpgsqlDbType.Date);
                    await w.WriteAsync(now, NpgsqlTypes.NpgsqlDbType.TimestampTz);
                    await w.WriteAsync(e.Type, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await Nullable(w, e.Code, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await Nullable(w, e.Proofs, NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text);
                    await Nullable(w, e.Flag, NpgsqlTypes.NpgsqlDbType.Boolean);
                    await Nullable(w, e.Referent, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await Nullable(w, e.EndDate, NpgsqlTypes.NpgsqlDbType.Date);
                    await Nullable(w, e.WeeklyHours, NpgsqlTypes.NpgsqlDbType.Numeric);
                    await Nullable(w, e.HoursWorked, NpgsqlTypes.NpgsqlDbType.Numeric);
                    await Nullable(w, e.QualificationObtained, NpgsqlTypes.NpgsqlDbType.Date);
                    await Nullable(w, e.PrescriberOrg, NpgsqlTypes.NpgsqlDbType.Varchar);
                    await Nullable(w, e.Channel, NpgsqlTypes.NpgsqlDbType.Varchar);
                }
                await w.CompleteAsync();
            }
        }

        private static Task Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlTypes.NpgsqlDbType type) where T : class =>
            value is null ? w.WriteNullAsync() : w.WriteAsync(value, type);

        private static Task Nullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlTypes.NpgsqlDbType type) where T : struct =>
            value is { } v ? w.WriteAsync(v, type) : w.WriteNullAsync();
    }

    /// <summary>
    /// Prepared multi-row INSERTs (<see cref="RowsPerInsert"/> rows a statement), one transaction per PLIE, journal and
    /// synchronous writes off during the load. Values are written in the forms EF Core's SQLite provider stores and
    /// reads: GUIDs upper-case text, dates <c>yyyy-MM-dd</c>, instants <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>, booleans 0/1,
    /// decimals REAL (SqliteDbContext), the exit's proofs a JSON array.
    /// </summary>
    private sealed class SqliteBulk(SqliteConnection connection) : IBulkWriter
    {
        private const int RowsPerInsert = 50;
        private readonly Dictionary<(string, int), SqliteCommand> commands = [];

        private static readonly string[] PersonColumns = ["plie_id", "id", "ref", "sex", "birth_year", "commune_insee", "situation_rsa", "situation_ass",
            "situation_aah", "situation_rqth", "situation_qpv", "situation_long_term_unemployed", "situation_education_level", "situation_single_parent",
            "situation_self_employed", "situation_followed_by_mission_locale", "created_at", "updated_at"];
        private static readonly string[] IdentityColumns = ["plie_id", "person_id", "last_name", "first_name", "birth_date", "france_travail_id", "search_key"];
        private static readonly string[] EventColumns = ["plie_id", "id", "person_id", "seq", "date", "recorded_at", "type", "code", "proofs", "flag",
            "referent", "end_date", "weekly_hours", "hours_worked", "qualification_obtained", "prescriber_org", "channel"];

        public async Task BeginAsync()
        {
            foreach (var pragma in new[] { "PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-1000000", "PRAGMA temp_store=MEMORY" })
                await ExecuteAsync(connection, pragma);
        }

        public Task EndAsync()
        {
            foreach (var c in commands.Values) c.Dispose();
            commands.Clear();
            return Task.CompletedTask;
        }

        public async Task WriteAsync(ScaleBatch batch)
        {
            var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            var plie = Id(batch.PlieId);
            await using var tx = connection.BeginTransaction();
            await InsertAsync(tx, "persons", PersonColumns, batch.People, p =>
            [
                plie, Id(p.Id), p.Ref, p.Sex, p.BirthYear, p.CommuneInsee, p.Rsa, p.Ass, p.Aah, p.Rqth, p.Qpv, p.LongTermUnemployed,
                p.EducationLevel, p.SingleParent, false, p.FollowedByMissionLocale, now, now,
            ]);
            await InsertAsync(tx, "person_identities", IdentityColumns, batch.People, p =>
                [plie, Id(p.Id), p.LastName, p.FirstName, Day(p.BirthDate), p.FranceTravailId, p.SearchKey]);
            await InsertAsync(tx, "journey_events", EventColumns, batch.Events, e =>
            [
                plie, Id(e.Id), Id(e.PersonId), e.Seq, Day(e.Date), now, e.Type, e.Code,
                e.Proofs is null ? null : "[" + string.Join(",", e.Proofs.Select(p => $"\"{p}\"")) + "]",
                e.Flag, e.Referent, Day(e.EndDate), (double?)e.WeeklyHours, (double?)e.HoursWorked, Day(e.QualificationObtained), e.PrescriberOrg, e.Channel,
            ]);
            await tx.CommitAsync();
        }

        private async Task InsertAsync<T>(SqliteTransaction tx, string table, string[] columns, List<T> rows, Func<T, object?[]> values)
        {
            for (var start = 0; start < rows.Count; start += RowsPerInsert)
            {
                var count = Math.Min(RowsPerInsert, rows.Count - start);
                var command = Command(table, columns, count);
                command.Transaction = tx;
                for (var r = 0; r < count; r++)
                {
                    var row = values(rows[start + r]);
                    for (var c = 0; c < columns.Length; c++) command.Parameters[r * columns.Length + c].Value = row[c] ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync();
            }
        }

        private SqliteCommand Command(string table, string[] columns, int rows)
        {
            if (commands.TryGetValue((table, rows), out var command)) return command;
            command = connection.CreateCommand();
            var tuples = Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", columns.Select((_, c) => $"$p{r * columns.Length + c}")) + ")");
            command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", tuples)}";
            for (var i = 0; i < rows * columns.Length; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
            command.Prepare();
            return commands[(table, rows)] = command;
        }

        private static string Id(Guid id) => id.ToString().ToUpperInvariant();

        private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
