using Passerelle.Core.Commission;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Commission;

/// <summary>
/// The minutes for France Travail (001 art. 2-4 a « tableau des entrées et sorties »; 002 art. 3-4 b « procès-verbaux … les
/// motifs de sorties y sont précisés »; 000 data annex C: refusal reasons as codes, integration date and end of the 24-month
/// PNI code). Parsed back from the DOCX: coded values, only this session's people, no free text.
/// </summary>
public class MinutesTests : CommissionTest
{
    [Fact]
    public async Task The_minutes_list_the_entries_and_the_coded_refusals_of_the_session_and_nobody_else()
    {
        await ArrangePlieAsync("martigues-2023-2027", "martigues");
        var integrated = await PersonAsync(first: "Inès", last: "Garcia", commune: "13056");
        var refused = await PersonAsync(first: "Karim", last: "Dubois", commune: "13056");
        var adjourned = await PersonAsync(first: "Léa", last: "Moreau", commune: "13056");
        var elsewhere = await PersonAsync(first: "Thierry", last: "Ailleurs", commune: "13056");
        var session = await SessionAsync(Intakes.Today, "cisp");
        var other = await SessionAsync(Intakes.Today, "cisp");
        var items = new List<Guid>();
        foreach (var p in new[] { integrated, refused, adjourned }) items.Add(await ProposeAsync(session, p.Id));
        await ProposeAsync(other, elsewhere.Id);
        var cov = await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        await new PersonBuilder(cov.Id).Named("Zéphyrine", "Tenantbé").WithEvents(Intakes.InDiagnostic).SaveAsync(Db);
        await AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, items[0], new("integrate", Referent.Email)));
        await AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, items[1], new("refuse", Reason: "not_eligible", Reorientation: "social_referent")));
        await AsAsync<CommissionDecisions, CommissionOutcome?>(Coordinator, d => d.DecideAsync(session, items[2], new("adjourn")));

        var file = await AsAsync<CommissionMinutes, (byte[] Content, string FileName)?>(Coordinator, m => m.BuildAsync(session));

        Assert.Equal($"proces-verbal-cisp-{Intakes.Today:yyyy-MM-dd}.docx", file!.Value.FileName);
        var docx = Docx.Read(file.Value.Content);
        Assert.StartsWith("Procès-verbal – Commission d'intégration et de suivi des parcours (CISP) du", docx.Title, StringComparison.Ordinal);
        var entry = docx.Row(integrated.Ref);
        Assert.Equal([integrated.Ref, integrated.Identity!.FranceTravailId!, "Garcia", "Inès", "04/05/1980", D(Intakes.Today), D(Intakes.Today.AddMonths(24)), $"referente ({Referent.Email})"], entry);
        var refusal = docx.Row(refused.Ref);
        Assert.Equal(["refuse", "not_eligible", "Non éligible", "social_referent", "Référent social"], refusal.Skip(5));
        Assert.Equal("Demande d'intégration", docx.Row(adjourned.Ref)[5]);
        Assert.DoesNotContain("Ailleurs", docx.Text + string.Concat(docx.Rows.SelectMany(r => r)), StringComparison.Ordinal);
        Assert.DoesNotContain("Tenantbé", docx.Text + string.Concat(docx.Rows.SelectMany(r => r)), StringComparison.Ordinal);
        Assert.Equal(3, (await AuditActionsAsync()).Count(a => a == "person.minutes"));
    }

    [Fact]
    public async Task A_session_of_another_plie_has_no_minutes()
    {
        await ArrangePlieAsync();
        var session = await SessionAsync(Intakes.Today);
        await Seed.PlieAsync(Db, "cov", "cov-2020-2022");
        var foreign = await Seed.UserAsync(Db, "cov", Passerelle.Core.Organisations.Role.Coordinator);

        Assert.Null(await AsAsync<CommissionMinutes, (byte[] Content, string FileName)?>(foreign, m => m.BuildAsync(session)));
    }

    private static string D(DateOnly d) => d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
