using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Npgsql;
using Passerelle.Core.Data;

namespace Passerelle.Benchmarks;

/// <summary>
/// The caseload page under load (issue 4 acceptance): a database (SQLite, or PostgreSQL with <c>--provider postgres</c>:
/// a throw-away database on the server named by PASSERELLE_BENCH_PG) with one PLIE and 10 referents × 70 people in
/// pathway, the real web application (Release build of Passerelle.Web, on Kestrel, in a process of its own), a
/// referent signed in through the login form, then 100 concurrent clients on <c>/Parcours</c> and, in the same run
/// against the same server, on a static file (the lower bound of any page of this server). <c>--probe N</c> first
/// times <see cref="Passerelle.Core.Pathways.CaseloadReader"/> alone (<see cref="CaseloadProbe"/>).
/// </summary>
public static partial class CaseloadBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var clients = Option(args, "--clients", 100);
        var seconds = Option(args, "--seconds", 20);
        var referents = Option(args, "--referents", 10);
        var perReferent = Option(args, "--people", 70);
        var probe = Option(args, "--probe", 0);
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("passerelle-bench-caseload-").FullName;
        var postgres = Text(args, "--provider", "sqlite") switch
        {
            "sqlite" => null,
            "postgres" => Environment.GetEnvironmentVariable("PASSERELLE_BENCH_PG") is { Length: > 0 } server ? server
                : throw new InvalidOperationException("--provider postgres : définissez PASSERELLE_BENCH_PG (chaîne de connexion au serveur)."),
            var other => throw new InvalidOperationException($"--provider : « {other} » inconnu (sqlite ou postgres)."),
        };
        var postgresName = "passerelle_bench_" + Guid.NewGuid().ToString("N")[..12];
        var database = postgres is null
            ? new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(work, "bench.db")}")
            : new DatabaseOptions(DatabaseProvider.Postgres, new NpgsqlConnectionStringBuilder(postgres) { Database = postgresName }.ConnectionString);
        var today = DateOnly.FromDateTime(DateTime.Now);
        if (postgres is not null) await PostgresAsync(postgres, $"CREATE DATABASE {postgresName}");
        try
        {
            return await RunAsync(args, root, work, database, today, clients, seconds, referents, perReferent, probe);
        }
        finally
        {
            if (args.Contains("--keep")) Console.WriteLine($"Base conservée : {(postgres is null ? work : postgresName)}");
            else
            {
                Directory.Delete(work, recursive: true);
                if (postgres is not null)
                {
                    NpgsqlConnection.ClearAllPools();
                    await PostgresAsync(postgres, $"DROP DATABASE IF EXISTS {postgresName} WITH (FORCE)");
                }
            }
        }
    }

    private static async Task<int> RunAsync(string[] args, string root, string work, DatabaseOptions database, DateOnly today,
        int clients, int seconds, int referents, int perReferent, int probe)
    {
        var watch = Stopwatch.StartNew();
        var people = await CaseloadSeed.CreateAsync(database, referents, perReferent, today);
        Console.WriteLine($"Base {database.Provider} : {people:N0} personnes, {referents} référents × {perReferent} en parcours, en {watch.Elapsed.TotalSeconds:F1} s");
        if (probe > 0) await CaseloadProbe.RunAsync(database, probe, Option(args, "--probe-tasks", 20), today);
        if (args.Contains("--probe-only")) return 0;

        var web = Path.Combine(root, "artifacts", "bench-web");
        await RunProcessAsync("dotnet", root, "build", "src/Passerelle.Web/Passerelle.Web.csproj", "-c", "Release", "-o", web, "--nologo", "-v", "quiet", "-clp:ErrorsOnly;NoSummary");
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(web, "Passerelle.Web.dll"), "--urls", url, "--contentRoot", Path.Combine(root, "src", "Passerelle.Web") })
            start.ArgumentList.Add(a);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Passerelle"] = database.ConnectionString;
        start.Environment["Passerelle__Database__Provider"] = database.Provider.ToString();
        start.Environment["Passerelle__Bootstrap__Skip"] = "true";
        start.Environment["Passerelle__DataProtection__KeysPath"] = Path.Combine(work, "keys");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var server = Process.Start(start)!;
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("[web] " + e.Data); };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, MaxConnectionsPerServer = clients, AllowAutoRedirect = false })
            { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
            await WaitForAsync(http);
            var cookie = await SignInAsync(url, CaseloadSeed.Referent(0), CaseloadSeed.Password);
            if (args.Contains("--seed-only")) return 0;
            var page = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/Parcours") { Headers = { { "Cookie", cookie } } });
            var html = await page.Content.ReadAsStringAsync();
            var summary = SummaryLine().Match(html);
            if (!page.IsSuccessStatusCode || !summary.Success) throw new InvalidOperationException($"/Parcours: {(int)page.StatusCode}, no summary line");
            Console.WriteLine($"/Parcours : {WebUtility.HtmlDecode(Regex.Replace(summary.Groups[1].Value, "<.*?>", "")).Trim()} ({html.Length / 1024.0:F0} Kio)");
            Console.WriteLine();
            Console.WriteLine($"{clients} clients simultanés, {seconds} s mesurées après 3 s de chauffe :");
            Console.WriteLine();
            Console.WriteLine("| point d'entrée | requêtes | erreurs | req/s | p50 (ms) | p95 (ms) | p99 (ms) | CPU serveur par requête (ms) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            var runs = new[]
            {
                await LoadRun.RunAsync(http, "/css/site.css (fichier statique, borne basse)", "/css/site.css", null, clients, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), server),
                await LoadRun.RunAsync(http, $"/Parcours ({perReferent} personnes, connecté·e)", "/Parcours", cookie, clients, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(seconds), server),
            };
            foreach (var r in runs)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {r.Name} | {r.Requests:N0} | {r.Errors} | {r.Throughput:N0} | {r.P50:F1} | {r.P95:F1} | {r.P99:F1} | {r.CpuPerRequest:F2} |"));
            return runs.All(r => r.Errors == 0) ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task PostgresAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SignInAsync(string url, string email, string password)
    {
        var cookies = new CookieContainer();
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };
        var form = await http.GetStringAsync("/Compte/Connexion");
        var token = Token().Match(form).Groups[1].Value;
        var response = await http.PostAsync("/Compte/Connexion", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
        var auth = cookies.GetCookies(new Uri(url))["passerelle"];
        if (response.StatusCode != HttpStatusCode.Redirect || auth is null)
            throw new InvalidOperationException($"Sign-in failed: {(int)response.StatusCode}");
        return $"passerelle={auth.Value}";
    }

    private static async Task WaitForAsync(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new TimeoutException("The web application did not start.");
    }

    private static async Task RunProcessAsync(string file, string directory, params string[] args)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)}: exit {process.ExitCode}");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Passerelle.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Passerelle.slnx not found above the benchmark.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<p class=\"caseload-summary\"[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex SummaryLine();
}
