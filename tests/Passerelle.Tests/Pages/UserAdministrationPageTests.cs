using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Pages;

public class UserAdministrationPageTests : WebTest
{
    [Fact]
    public async Task A_director_creates_a_referent_of_their_plie_and_sees_the_initial_password_once()
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Director));

        var response = await PostFormAsync(client, "/Administration/Utilisateurs", "Creer", new Dictionary<string, string>
        {
            ["Email"] = "nouvelle.referente@casa.test",
            ["DisplayName"] = "Nadia Benali",
            ["RoleCode"] = "referent",
            ["Password"] = "",
        });

        var page = await HtmlAsync(response);
        var password = page.QuerySelector("#mot-de-passe-initial")!.TextContent;
        Assert.Equal(23, password.Length);
        var again = await GetHtmlAsync(client, "/Administration/Utilisateurs");
        Assert.Null(again.QuerySelector("#mot-de-passe-initial"));
        Assert.Contains("nouvelle.referente@casa.test", again.QuerySelector("table.users")!.TextContent);
        await using var scope = Db.SystemScope();
        var db = scope.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == "nouvelle.referente@casa.test");
        Assert.Equal(Role.Referent, user.Role);
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "user.create" && e.RecordId == user.Id.ToString()));
    }

    [Theory]
    [InlineData("ft_counsellor")]
    [InlineData("social_worker")]
    public async Task A_role_not_allowed_in_the_organisation_is_a_field_error(string role)
    {
        await Seed.PlieAsync(Db, "casa");
        var client = ClientFor(await Seed.UserAsync(Db, "casa", Role.Director));

        var response = await PostFormAsync(client, "/Administration/Utilisateurs", "Creer", new Dictionary<string, string>
        {
            ["Email"] = "x@casa.test",
            ["RoleCode"] = role,
        });

        var page = await HtmlAsync(response);
        Assert.Contains("is-invalid", page.QuerySelector("#RoleCode")!.ClassList);
        Assert.Contains("n'existe pas dans une organisation de type « PLIE »", page.QuerySelector("#RoleCode-erreur")!.TextContent);
        await using var scope = Db.SystemScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Users.AnyAsync(u => u.Email == "x@casa.test"));
    }

    [Fact]
    public async Task A_director_sees_and_manages_only_the_users_of_their_own_organisation()
    {
        await Seed.PlieAsync(Db, "plie-a");
        await Seed.PlieAsync(Db, "plie-b");
        var directorA = await Seed.UserAsync(Db, "plie-a", Role.Director);
        var referentB = await Seed.UserAsync(Db, "plie-b", Role.Referent);
        var client = ClientFor(directorA);

        var list = await GetHtmlAsync(client, "/Administration/Utilisateurs");
        var disable = await PostFormAsync(client, "/Administration/Utilisateurs", "Desactiver", new Dictionary<string, string> { ["userId"] = referentB.Id.ToString() });

        Assert.DoesNotContain(referentB.Email!, list.QuerySelector("table.users")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        await using var scope = Db.SystemScope();
        Assert.False((await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Users.SingleAsync(u => u.Id == referentB.Id)).Disabled);
    }

    [Fact]
    public async Task A_disabled_user_is_locked_out_and_enabling_gives_the_access_back()
    {
        await Seed.PlieAsync(Db, "casa");
        var referent = await Seed.UserAsync(Db, "casa", Role.Referent);
        var director = ClientFor(await Seed.UserAsync(Db, "casa", Role.Director));

        var disable = await PostFormAsync(director, "/Administration/Utilisateurs", "Desactiver", new Dictionary<string, string> { ["userId"] = referent.Id.ToString() });
        var lockedOut = await ClientFor(referent).GetAsync("/Personnes");
        AppUser disabled;
        await using (var scope = Db.SystemScope())
            disabled = await scope.ServiceProvider.GetRequiredService<PasserelleDbContext>().Users.AsNoTracking().SingleAsync(u => u.Id == referent.Id);
        var enable = await PostFormAsync(director, "/Administration/Utilisateurs", "Activer", new Dictionary<string, string> { ["userId"] = referent.Id.ToString() });
        var back = await ClientFor(referent).GetAsync("/Personnes");

        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        Assert.True(disabled.Disabled);
        Assert.Equal(DateTimeOffset.MaxValue, disabled.LockoutEnd);
        Assert.Equal(HttpStatusCode.Unauthorized, lockedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        await using var check = Db.SystemScope();
        var db = check.ServiceProvider.GetRequiredService<PasserelleDbContext>();
        Assert.Null((await db.Users.SingleAsync(u => u.Id == referent.Id)).LockoutEnd);
        Assert.Equal(["user.disable", "user.enable"], await db.AuditEvents.Where(e => e.RecordId == referent.Id.ToString() && e.Action != "user.create")
            .OrderBy(e => e.Seq).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task A_referent_has_no_access_to_user_administration()
    {
        await Seed.PlieAsync(Db, "casa");

        var response = await ClientFor(await Seed.UserAsync(Db, "casa", Role.Referent)).GetAsync("/Administration/Utilisateurs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
