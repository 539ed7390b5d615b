using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Journeys;
using Passerelle.Core.Organisations;
using Passerelle.Tests.Referrals;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

/// <summary>
/// /Orientations/Import, the PLIE team's import of France Travail referral lists (issue 3 items 1-2): upload and check
/// (nothing written), report by line and column for a refused file, preview with counts and a choice per suspected
/// duplicate, confirmation, summary.
/// </summary>
public class ReferralImportPageTests : WebTest
{
    private const string Url = "/Orientations/Import";

    private async Task<(Organisation Casa, HttpClient Client)> ArrangeAsync()
    {
        var casa = await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        return (casa, ClientFor(await Seed.UserAsync(Db, "casa", Role.Coordinator)));
    }

    private Task<int> PersonsAsync() => ReadAsync(db => db.Persons.CountAsync());

    private async Task<T> ReadAsync<T>(Func<PasserelleDbContext, Task<T>> read)
    {
        await using var scope = Db.SystemScope();
        return await read(scope.ServiceProvider.GetRequiredService<PasserelleDbContext>());
    }

    /// <summary>Uploads a list through the page's form, as a browser would (multipart, antiforgery token).</summary>
    private async Task<IHtmlDocument> UploadAsync(HttpClient client, Stream file, string name = "orientations.xlsx")
    {
        var page = await GetHtmlAsync(client, Url);
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").Single(f => f.GetAttribute("action")!.Contains("handler=Verifier", StringComparison.Ordinal));
        using var content = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value), "__RequestVerificationToken" },
        };
        var bytes = new StreamContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "fichier", name);
        var response = await client.PostAsync(form.GetAttribute("action"), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlAsync(response);
    }

    /// <summary>Confirms the preview's form with its hidden fields and the given choices.</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient client, IHtmlDocument preview, Dictionary<string, string>? choices = null)
    {
        var form = preview.QuerySelectorAll<IHtmlFormElement>("main form[method=post]").Single(f => f.GetAttribute("action")!.Contains("handler=Confirmer", StringComparison.Ordinal));
        var values = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .Select(i => KeyValuePair.Create(i.Name!, i.Value)).Concat(choices ?? []).ToList();
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(values));
    }

    private static string Text(IHtmlDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? "";

    [Fact]
    public async Task The_coordinator_checks_a_list_sees_what_the_import_will_do_confirms_and_reads_the_summary()
    {
        var (_, client) = await ArrangeAsync();

        var preview = await UploadAsync(client, Lists.Of(Lists.Awa, Lists.Karim));

        Assert.Contains("2 lignes correctes", Text(preview, "#apercu-titre"), StringComparison.Ordinal);
        Assert.Contains("Nouvelles personnes 2", string.Join(" ", preview.QuerySelectorAll(".apercu tr").Select(r => string.Join(" ", r.Children.Select(c => c.TextContent.Trim())))), StringComparison.Ordinal);
        Assert.Contains("« Observations »", preview.QuerySelector("#apercu-titre")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await PersonsAsync());

        var confirmed = await ConfirmAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var summary = await GetHtmlAsync(client, confirmed.Headers.Location!.OriginalString);
        Assert.Equal("Liste importée", Text(summary, "#resultat-titre"));
        Assert.Contains("2 personnes créées", Text(summary, "[role=status]"), StringComparison.Ordinal);
        Assert.Equal(2, await PersonsAsync());

        var again = await UploadAsync(client, Lists.Of(Lists.Awa, Lists.Karim));
        var done = await GetHtmlAsync(client, (await ConfirmAsync(client, again)).Headers.Location!.OriginalString);
        Assert.StartsWith("Aucune modification", Text(done, "#resultat-titre"), StringComparison.Ordinal);
        Assert.Equal(2, await PersonsAsync());
    }

    [Fact]
    public async Task A_refused_list_comes_back_with_its_report_by_line_and_column()
    {
        var (_, client) = await ArrangeAsync();

        var page = await UploadAsync(client, Lists.Of(Lists.Karim, Lists.Awa with { Agency = "FT-NICE", Prescribed = "31/02/2026" }));

        Assert.Contains("est refusée : rien n'a été importé", Text(page, "#rapport-titre"), StringComparison.Ordinal);
        var rows = page.QuerySelectorAll(".rapport tbody tr").Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();
        Assert.Contains(rows, r => r[0] == "3" && r[1] == "Agence" && r[2].Contains("agence inconnue « FT-NICE »", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "3" && r[1] == "Date de prescription" && r[2].Contains("date impossible", StringComparison.Ordinal));
        Assert.Equal(0, await PersonsAsync());
        Assert.NotNull(page.QuerySelector("input[type=file][name=fichier]"));
    }

    [Fact]
    public async Task A_suspected_duplicate_waits_for_the_coordinators_choice_before_anything_is_written()
    {
        var (casa, client) = await ArrangeAsync();
        var known = await new PersonBuilder(casa.Id).Named("Awa", "Diallo").BornOn(Lists.Awa.Birth).WithFranceTravailId(null).SaveAsync(Db);

        var preview = await UploadAsync(client, Lists.Of(Lists.Awa, Lists.Karim));

        var line = preview.QuerySelector("fieldset#ligne-2")!;
        Assert.Contains("Ligne 2 : DIALLO Awa", line.QuerySelector("legend")!.TextContent, StringComparison.Ordinal);
        var attach = line.QuerySelector<IHtmlInputElement>($"input[type=radio][value='{known.Id}']")!;
        Assert.Contains(known.Ref, preview.QuerySelector($"label[for={attach.Id}]")!.TextContent, StringComparison.Ordinal);

        var unanswered = await ConfirmAsync(client, preview);
        Assert.Equal(HttpStatusCode.OK, unanswered.StatusCode);
        var again = await HtmlAsync(unanswered);
        Assert.Contains("choisissez que faire de chaque ligne", Text(again, ".alert-danger"), StringComparison.Ordinal);
        Assert.Equal(1, await PersonsAsync());

        var answered = await ConfirmAsync(client, again, new() { ["Choix[2]"] = known.Id.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Equal(2, await PersonsAsync());
        Assert.Equal(2, await ReadAsync(db => db.JourneyEvents.OfType<ReferralEvent>().CountAsync(e => e.PersonId == known.Id)));
    }

    [Fact]
    public async Task A_France_Travail_counsellor_cannot_import_lists()
    {
        await Seed.PlieAsync(Db, "casa");
        await Seed.OrganisationAsync(Db, OrganisationKind.FranceTravailAgency, "FT-ANTIBES");
        var client = ClientFor(await Seed.UserAsync(Db, "FT-ANTIBES", Role.FtCounsellor));

        var response = await client.GetAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
