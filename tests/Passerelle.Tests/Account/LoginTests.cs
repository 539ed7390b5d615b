using System.Net;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

public class LoginTests : AccountTest
{
    [Fact]
    public async Task The_right_password_signs_in_and_lands_on_the_home_page()
    {
        var (response, _) = await LoginAsync(User.Email!, Seed.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var (home, document) = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Se déconnecter", document.Body!.TextContent);
        var login = Assert.Single(await AuditAsync(AccountAudit.Login));
        Assert.Equal(User.Id.ToString(), login.RecordId);
        Assert.Equal("web", login.Channel);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_address_get_the_same_answer()
    {
        var (wrong, wrongPage) = await LoginAsync(User.Email!, "Pas-le-bon-mot-de-passe");
        var (unknown, unknownPage) = await LoginAsync("personne@inconnu.test", "Pas-le-bon-mot-de-passe");

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Contains("Adresse ou mot de passe incorrect", wrongPage.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(wrongPage.QuerySelector("[role=alert]")!.TextContent, unknownPage.QuerySelector("[role=alert]")!.TextContent);
        var failures = await AuditAsync(AccountAudit.LoginFailed);
        Assert.Equal(2, failures.Count);
        Assert.Equal(User.Id.ToString(), failures[0].RecordId);
        Assert.Null(failures[1].RecordId);
        Assert.DoesNotContain("inconnu", failures[1].Detail ?? "");
    }

    [Fact]
    public async Task Empty_fields_are_named_in_the_summary_and_described_on_the_field()
    {
        var (_, page) = await LoginAsync("", "");

        var summary = page.QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("Adresse électronique : Saisissez votre adresse électronique.", summary);
        Assert.Contains("Mot de passe : Saisissez votre mot de passe.", summary);
        var email = page.QuerySelector("#Input_Email")!;
        Assert.Equal("Input_Email-erreur", email.GetAttribute("aria-describedby"));
        Assert.NotNull(page.QuerySelector("#Input_Email-erreur"));
        Assert.NotNull(page.QuerySelector("a[href='#Input_Password']"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        for (var i = 0; i < 4; i++) await LoginAsync(User.Email!, "Pas-le-bon-mot-de-passe");
        var (fifth, _) = await LoginAsync(User.Email!, "Pas-le-bon-mot-de-passe");
        Assert.Equal("/Compte/Verrouille", fifth.Headers.Location?.OriginalString);

        var (right, _) = await LoginAsync(User.Email!, Seed.Password);

        Assert.Equal("/Compte/Verrouille", right.Headers.Location?.OriginalString);
        var (_, page) = await Client.GetAsync("/Compte/Verrouille");
        Assert.Contains("compte est verrouillé pendant 15 minutes", page.Body!.TextContent);
    }

    [Theory]
    [InlineData("/Compte/Securite", "/Compte/Securite")]
    [InlineData("https://ailleurs.example/piege", "/")]
    [InlineData("//ailleurs.example/piege", "/")]
    public async Task Only_a_local_return_address_is_followed(string returnUrl, string expected)
    {
        var (response, _) = await LoginAsync(User.Email!, Seed.Password, "/Compte/Connexion?returnUrl=" + Uri.EscapeDataString(returnUrl));

        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var (response, _) = await Client.PostAsync("/Compte/Connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = User.Email!,
            ["Input.Password"] = Seed.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await AuditAsync(AccountAudit.Login));
    }

    [Fact]
    public async Task Logout_is_a_post_and_ends_the_session()
    {
        await LoginAsync(User.Email!, Seed.Password);
        var (get, _) = await Client.GetAsync("/Compte/Deconnexion");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);

        var (logout, _) = await Client.SubmitAsync("/", new Dictionary<string, string>(), "/Compte/Deconnexion");

        Assert.Equal("/Compte/Connexion", logout.Headers.Location?.OriginalString);
        var (home, _) = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("http://localhost/Compte/Connexion", home.Headers.Location?.ToString());
        Assert.Single(await AuditAsync(AccountAudit.Logout));
    }

    [Fact]
    public async Task Too_many_attempts_from_one_address_are_answered_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
            statuses.Add((await LoginAsync($"inconnu{i}@inconnu.test", "Pas-le-bon-mot-de-passe")).Response.StatusCode);

        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
