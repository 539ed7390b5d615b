using System.Collections.Concurrent;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Privacy;

/// <summary>Personal data never goes to logs, even at the most verbose level (EF Core commands included).</summary>
public class LogPrivacyTests : WebTest
{
    [Fact]
    public async Task Searching_and_reading_a_person_logs_no_personal_data_at_trace_level()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).Named("Philomène", "Quasimodo-Lenoir").WithFranceTravailId("4242424X")
            .BornOn(new DateOnly(1977, 7, 7)).SaveAsync(Db);
        var user = await Seed.UserAsync(Db, "casa", Role.Referent);
        var sink = new CapturingLoggerProvider();
        var web = Web.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddLogging(l => l.SetMinimumLevel(LogLevel.Trace).AddProvider(sink).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace))));
        var client = web.ClientFor(user);

        var search = await PostFormAsync(client, "/Personnes", null,
            new Dictionary<string, string> { ["nom"] = "quasimodo", ["naissance"] = "07/07/1977", ["ft"] = "4242424X" });
        Assert.Contains("QUASIMODO-LENOIR", await search.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await client.GetAsync($"/Personnes/{person.Id}")).IsSuccessStatusCode);

        Assert.Contains(sink.Lines, l => l.StartsWith("Microsoft.EntityFrameworkCore.Database.Command", StringComparison.Ordinal));
        foreach (var secret in new[] { "Philomène", "Quasimodo", "QUASIMODO", "quasimodo", "4242424X", "1977-07-07", "07/07/1977" })
            Assert.DoesNotContain(sink.Lines, l => l.Contains(secret, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider sink, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                sink.Lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
        }
    }
}
