using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class ApiKeyPageTests : WebTest
{
    private async Task<string> CreateKeyAsync(AppUser user)
    {
        await using var scope = Db.SystemScope();
        return (await scope.ServiceProvider.GetRequiredService<OrganisationService>().CreateApiKeyAsync(user.Email!, "Logiciel de suivi")).Secret;
    }

    private async Task<HttpResponseMessage> CallApiAsync(string key, string reference)
    {
        var api = ClientFor(null);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await api.GetAsync($"/api/v1/persons?ref={reference}");
    }

    [Fact]
    public async Task A_revoked_key_no_longer_opens_the_api()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        var person = await new PersonBuilder(plie.Id).WithRef("CASA-0001").SaveAsync(Db);
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);
        var key = await CreateKeyAsync(referent);
        var client = ClientFor(referent);

        var before = await CallApiAsync(key, "CASA-0001");
        var page = await GetHtmlAsync(client, "/Administration/Cles");
        var keyId = page.QuerySelector("table.keys input[name=keyId]")!.GetAttribute("value")!;
        var revoke = await PostFormAsync(client, "/Administration/Cles", "Revoquer", new Dictionary<string, string> { ["keyId"] = keyId });
        var after = await CallApiAsync(key, "CASA-0001");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains(person.Id.ToString(), await before.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await using var scope = Db.SystemScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().AuditEvents.AnyAsync(e => e.Action == "apikey.revoke" && e.RecordId == keyId));
    }

    [Fact]
    public async Task A_user_creates_a_key_that_is_shown_once_and_works()
    {
        var plie = await Seed.PlieAsync(Db, "casa");
        await new PersonBuilder(plie.Id).WithRef("CASA-0002").SaveAsync(Db);
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Coordinator));

        var created = await HtmlAsync(await PostFormAsync(client, "/Administration/Cles", "Creer", new Dictionary<string, string> { ["Name"] = "Tableur de suivi" }));
        var secret = created.QuerySelector("#nouvelle-cle")!.TextContent;
        var again = await GetHtmlAsync(client, "/Administration/Cles");

        Assert.StartsWith("psl_", secret);
        Assert.Null(again.QuerySelector("#nouvelle-cle"));
        Assert.DoesNotContain(secret, again.Source.Text);
        Assert.Equal(HttpStatusCode.OK, (await CallApiAsync(secret, "CASA-0002")).StatusCode);
    }

    [Fact]
    public async Task A_director_sees_keys_of_their_users_but_cannot_revoke_another_organisations_key()
    {
        await Seed.PlieAsync(Db, "plie-a");
        await Seed.PlieAsync(Db, "plie-b");
        var referentA = await Seed.UserAsync(Db, "plie-a", Role.Referent);
        var referentB = await Seed.UserAsync(Db, "plie-b", Role.Referent);
        await CreateKeyAsync(referentA);
        var keyB = await CreateKeyAsync(referentB);
        var directorA = ClientFor(await Seed.UserAsync(Db, "plie-a", Role.Director));
        Guid keyIdB;
        await using (var scope = Db.SystemScope())
            keyIdB = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().ApiKeys.Where(k => k.UserId == referentB.Id).Select(k => k.Id).SingleAsync();

        var page = await GetHtmlAsync(directorA, "/Administration/Cles");
        var revoke = await PostFormAsync(directorA, "/Administration/Cles", "Revoquer", new Dictionary<string, string> { ["keyId"] = keyIdB.ToString() });

        Assert.Contains(referentA.Email!, page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(referentB.Email!, page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await CallApiAsync(keyB, "x")).StatusCode);
    }
}
