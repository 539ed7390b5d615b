using System.Text.Json;
using Passerelle.Tests.Exchange;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Exits;

/// <summary>
/// Contract §4.3 through the export (in process and through the command line), on SQLite and PostgreSQL: each exit
/// carries <c>computed</c>, judged by the protocol the PLIE was created with (003 art. 5 at CASA).
/// </summary>
public class ExitExportTests : ExchangeTest
{
    private static string Person(string reference, string events) => $$"""
        {
          "ref": "{{reference}}", "lastName": "Durand", "firstName": "Léa", "birthDate": "1980-05-04", "sex": "F",
          "communeInsee": "06004", "situation": { "rsa": true },
          "events": [
            { "type": "referral", "date": "2024-01-05", "prescriberKind": "france_travail", "channel": "flow" },
            { "type": "integration", "date": "2024-02-01" },
            {{events}}
          ]
        }
        """;

    private static string File(string plie) => $$"""
        { "format": "passerelle-journeys", "version": 1, "plie": "{{plie}}", "persons": [
        {{Person("CDD-6M", """
            { "type": "contract", "start": "2024-03-01", "end": "2024-08-31", "kind": "cdd", "weeklyHours": 35 },
            { "type": "exit", "date": "2024-09-02", "reason": "employment", "proofs": ["contract"] }
            """)}},
        {{Person("TEMP-909", """
            { "type": "contract", "start": "2024-03-01", "end": "2024-11-30", "kind": "temp", "weeklyHours": 35, "hoursWorked": 909 },
            { "type": "exit", "date": "2024-12-02", "reason": "employment", "proofs": ["contract", "payslips"] }
            """)}},
        {{Person("DROPOUT", """
            { "type": "exit", "date": "2024-04-10", "reason": "dropout" }
            """)}},
        {{Person("BUSINESS", """
            { "type": "business_creation", "date": "2024-03-01" },
            { "type": "exit", "date": "2024-09-02", "reason": "business_creation", "proofs": ["kbis"] }
            """)}},
        {{Person("CUI-PEC", """
            { "type": "contract", "start": "2024-02-15", "end": "2025-02-14", "kind": "cui_pec", "weeklyHours": 26 },
            { "type": "exit", "date": "2025-02-20", "reason": "cui_pec", "proofs": [], "atypicalApproved": true }
            """)}}
        ] }
        """;

    /// <summary>ref → the computed field of the person's exit, as exported.</summary>
    private static Dictionary<string, string> Computed(string exported)
    {
        using var doc = JsonDocument.Parse(exported);
        return doc.RootElement.GetProperty("persons").EnumerateArray().ToDictionary(
            p => p.GetProperty("ref").GetString()!,
            p => p.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "exit").GetProperty("computed").GetRawText()
                .Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, string> CasaExpected = new()
    {
        ["CDD-6M"] = """{"category":"positive","positive":true,"basis":"cdi_cdd_6m_half_time","proofs":"missing"}""",
        ["TEMP-909"] = """{"category":"other","positive":false,"basis":null,"proofs":"complete"}""",
        ["DROPOUT"] = """{"category":"dropout","positive":false,"basis":null,"proofs":"complete"}""",
        ["BUSINESS"] = """{"category":"positive","positive":true,"basis":"business_6m","proofs":"complete"}""",
        ["CUI-PEC"] = """{"category":"positive","positive":true,"basis":"atypical_approved","proofs":"missing"}""",
    };

    [Fact]
    public async Task Each_exported_exit_carries_its_computed_fields_under_the_CASA_protocol()
    {
        await Seed.PlieAsync(Db, "casa");
        var import = await ImportAsync(File("casa"));
        Assert.True(import.Succeeded, string.Join("\n", import.Errors));

        var exported = await ExportAsync("casa");

        Assert.Equal(CasaExpected, Computed(exported));
        var again = await ImportAsync(exported);
        Assert.Equal((0, 0, 5), (again.Created, again.Updated, again.Unchanged));
    }

    [Fact]
    public async Task The_PLIEs_own_protocol_decides_COV_requires_the_proofs()
    {
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await ImportAsync(File("cov"));

        var computed = Computed(await ExportAsync("cov"));

        Assert.Equal("""{"category":"other","positive":false,"basis":null,"proofs":"missing"}""", computed["CDD-6M"]);
        Assert.Equal(CasaExpected["BUSINESS"], computed["BUSINESS"]);
    }

    [Fact]
    public async Task The_command_line_export_writes_the_computed_fields()
    {
        await Seed.PlieAsync(Db, "casa");
        var file = Path.Combine(Path.GetTempPath(), $"journeys-{Guid.NewGuid():N}.json");
        await System.IO.File.WriteAllTextAsync(file, File("casa"));
        try
        {
            var import = await CliRun.RunAsync(Db, "import", "journeys", file);
            Assert.True(import.ExitCode == 0, import.Stderr);

            var export = await CliRun.RunAsync(Db, "export", "journeys", "--plie", "casa");

            Assert.True(export.ExitCode == 0, export.Stderr);
            Assert.Equal(CasaExpected, Computed(export.Stdout));
        }
        finally
        {
            System.IO.File.Delete(file);
        }
    }
}
