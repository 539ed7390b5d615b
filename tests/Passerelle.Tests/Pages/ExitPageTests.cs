using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Exchange;
using Passerelle.Core.Exits;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Core.Protocols;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// The exit page (issue 4, « the evaluator's verdict shown before saving ») and the seeds' borderlines of 003 art. 5
/// through the page: the verdict shown equals the evaluator's, and the export's computed fields (contract §4.3).
/// </summary>
public class ExitPageTests : WebTest
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);

    private static List<JourneyEvent> Journey(params JourneyEvent[] facts) =>
    [
        new ReferralEvent { Date = D("2024-01-02"), PrescriberKind = "france_travail", Channel = "flow" },
        new IntegrationEvent { Date = D("2024-01-05") },
        .. facts,
    ];

    private async Task<(Person Person, HttpClient Client)> ArrangeAsync(params JourneyEvent[] facts)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithEvents(_ => Journey(facts)).SaveAsync(Db);
        return (person, ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)));
    }

    private static Dictionary<string, string> ExitFields(string date, string reason, params string[] proofs)
    {
        var fields = new Dictionary<string, string> { ["Sortie.Date"] = date, ["Sortie.Reason"] = reason };
        return fields.Concat(proofs.Select((p, i) => KeyValuePair.Create($"Sortie.Proofs[{i}]", p))).ToDictionary();
    }

    /// <summary>Submits the exit form with the button of <paramref name="handler"/> (« Vérifier » or « Enregistrer la sortie »).</summary>
    private async Task<HttpResponseMessage> PostExitAsync(HttpClient client, string url, string handler, Dictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, url);
        var values = new Dictionary<string, string>(fields)
        {
            ["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("main input[name=__RequestVerificationToken]")!.Value,
        };
        return await client.PostAsync($"{url}?handler={handler}", new FormUrlEncodedContent(values));
    }

    private static (string Category, bool Positive, string? Basis, string Proofs) Shown(IElement verdict) =>
        (verdict.GetAttribute("data-category")!, verdict.GetAttribute("data-positive") == "true",
            verdict.GetAttribute("data-basis") is { Length: > 0 } b ? b : null, verdict.GetAttribute("data-proofs")!);

    private async Task<int> ExitsAsync(Guid personId)
    {
        await using var scope = Db.SystemScope();
        return await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().JourneyEvents.OfType<ExitEvent>().CountAsync(e => e.PersonId == personId);
    }

    [Fact]
    public async Task Verifier_shows_the_verdict_and_its_explanation_without_saving_then_Enregistrer_saves_and_the_person_page_shows_it()
    {
        var (person, client) = await ArrangeAsync(new ContractEvent { Date = D("2024-03-01"), End = D("2024-08-31"), Kind = "cdd", WeeklyHours = 35 });
        var url = $"/Personnes/{person.Id}/Sortie";
        var form = await GetHtmlAsync(client, url);
        Assert.Null(form.QuerySelector("button[formaction*='handler=Enregistrer']"));

        var check = await PostExitAsync(client, url, "Verifier", ExitFields("2024-09-02", "employment", "contract"));

        var page = await HtmlAsync(check);
        var verdict = page.QuerySelector(".verdict")!;
        Assert.Equal((ExitCodes.Positive, true, ExitCodes.DurableContract, ExitCodes.ProofsMissing), Shown(verdict));
        Assert.Contains("CDI ou CDD de 6 mois et plus, au moins à mi-temps", verdict.TextContent);
        Assert.Contains("Justificatifs manquants", verdict.QuerySelector(".proofs-missing")!.TextContent);
        Assert.Contains("CDD du 01/03/2024 au 31/08/2024 : 6 mois ≥ 6 mois, 35 h/semaine ≥ 17,5 h : rempli.", verdict.QuerySelector(".verdict-checks")!.TextContent);
        Assert.Equal(0, await ExitsAsync(person.Id));
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Enregistrer']"));
        Assert.True(page.QuerySelector<IHtmlInputElement>("#preuve-contract")!.IsChecked);

        var save = await PostExitAsync(client, url, "Enregistrer", ExitFields("2024-09-02", "employment", "contract"));

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal(1, await ExitsAsync(person.Id));
        var fiche = await GetHtmlAsync(client, $"/Personnes/{person.Id}");
        Assert.Contains("Sortie enregistrée : positive", fiche.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("bulletins de salaire", fiche.QuerySelector("[role=status]")!.TextContent);
        var row = fiche.QuerySelector("#sortie")!;
        Assert.Equal((ExitCodes.Positive, true, ExitCodes.DurableContract, ExitCodes.ProofsMissing), Shown(row.QuerySelector(".verdict")!));
        Assert.Equal("Justificatifs manquants", row.QuerySelector(".badge.proofs-missing")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_exit_the_import_would_refuse_is_refused_on_its_fields_and_nothing_is_saved()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithEvents(d => [new ReferralEvent { Date = d, PrescriberKind = "france_travail", Channel = "flow" }]).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));
        var url = $"/Personnes/{person.Id}/Sortie";

        var noIntegration = await HtmlAsync(await PostExitAsync(client, url, "Enregistrer", ExitFields("2025-09-02", "dropout")));
        var future = await HtmlAsync(await PostExitAsync(client, url, "Verifier", ExitFields("2099-01-01", "")));

        Assert.Contains("Date de sortie : Sortie sans intégration préalable.", noIntegration.QuerySelector("[role=alert]")!.TextContent);
        var errors = future.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Date de sortie : Date dans le futur", errors);
        Assert.Contains("Motif de sortie : Champ obligatoire manquant.", errors);
        Assert.Null(future.QuerySelector(".verdict"));
        Assert.Equal(0, await ExitsAsync(person.Id));
    }

    public static TheoryData<string, ContractEvent, string, string?> Borderlines => new()
    {
        // « 910 heures sur une période maximale de 9 mois »
        { "TEMP-909", new() { Date = D("2024-03-01"), End = D("2024-11-30"), Kind = "temp", WeeklyHours = 35, HoursWorked = 909 }, "employment", null },
        { "TEMP-910", new() { Date = D("2024-03-01"), End = D("2024-11-30"), Kind = "temp", WeeklyHours = 35, HoursWorked = 910 }, "employment", ExitCodes.Hours },
        // « CDD de 6 mois »: 1 March to 31 August is 6 months; to 30 August, 5 months and 30 days
        { "CDD-6M", new() { Date = D("2024-01-01"), End = D("2024-06-30"), Kind = "cdd", WeeklyHours = 35 }, "employment", ExitCodes.DurableContract },
        { "CDD-5M29J", new() { Date = D("2024-01-01"), End = D("2024-06-29"), Kind = "cdd", WeeklyHours = 35 }, "employment", null },
        // « supérieur ou égal à un mi-temps »
        { "CDD-17H5", new() { Date = D("2024-01-01"), End = D("2024-06-30"), Kind = "cdd", WeeklyHours = 17.5m }, "employment", ExitCodes.DurableContract },
        { "CDD-17H", new() { Date = D("2024-01-01"), End = D("2024-06-30"), Kind = "cdd", WeeklyHours = 17 }, "employment", null },
        // « hors contrats aidés du secteur non marchand »; atypical « contrat aidé ≥ 12 mois » only on the commission's
        // decision, taken at a session (tests/Commission/AtypicalExitCommissionTests, through the pages and the import)
        { "CUI-PEC", new() { Date = D("2024-02-15"), End = D("2025-02-14"), Kind = "cui_pec", WeeklyHours = 26 }, "cui_pec", null },
        { "IAE", new() { Date = D("2024-02-15"), End = D("2025-02-14"), Kind = "iae", WeeklyHours = 26 }, "employment", null },
    };

    [Theory]
    [MemberData(nameof(Borderlines))]
    public async Task The_seeds_borderlines_give_the_same_verdict_on_the_page_in_the_evaluator_and_in_the_export(
        string reference, ContractEvent contract, string reason, string? basis)
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithRef(reference).WithEvents(_ => Journey(contract)).SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent));
        var exitDate = (contract.End!.Value.AddDays(2)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var fields = ExitFields(exitDate, reason, "contract", "payslips");
        var url = $"/Personnes/{person.Id}/Sortie";

        var shown = Shown((await HtmlAsync(await PostExitAsync(client, url, "Verifier", fields))).QuerySelector(".verdict")!);
        Assert.Equal(HttpStatusCode.Redirect, (await PostExitAsync(client, url, "Enregistrer", fields)).StatusCode);

        var exit = new JourneyEventDto { Type = "exit", Date = D(exitDate), Reason = reason, Proofs = ["contract", "payslips"] };
        var expected = PositiveExitRules.Evaluate(ProtocolPresets.Load("casa-2021-2023").Exits, [.. Journey(contract).Select(JourneyMapping.ToDto), exit], exit);
        Assert.Equal((expected.Category, expected.Positive, expected.Basis, expected.Proofs), shown);
        Assert.Equal((basis is not null, basis), (shown.Positive, shown.Basis));
        var exported = await ExportedComputedAsync(reference);
        Assert.Equal(shown, (exported.Category, exported.Positive, exported.Basis, exported.Proofs));
        var fiche = Shown((await GetHtmlAsync(client, $"/Personnes/{person.Id}")).QuerySelector("#sortie .verdict")!);
        Assert.Equal(shown, fiche);
    }

    private async Task<ExitComputedDto> ExportedComputedAsync(string reference)
    {
        await using var scope = Db.SystemScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<JourneyExporter>().ExportAsync("casa", output);
        using var doc = JsonDocument.Parse(output.ToArray());
        var person = doc.RootElement.GetProperty("persons").EnumerateArray().Single(p => p.GetProperty("ref").GetString() == reference);
        var exit = person.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "exit");
        return exit.GetProperty("computed").Deserialize<ExitComputedDto>(JourneyJson.Options)!;
    }
}
