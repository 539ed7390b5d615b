using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

public class TwoFactorTests : AccountTest
{
    [Fact]
    public async Task Enrolment_then_login_with_a_code_from_the_app()
    {
        var codes = await EnrolAsync();
        Assert.Equal(10, codes.Count);
        Assert.Single(await AuditAsync(AccountAudit.TwoFactorEnabled));
        await LogoutAsync();

        var (password, _) = await LoginAsync(User.Email!, Seed.Password);
        Assert.Equal("/Compte/ConnexionDeuxFacteurs", password.Headers.Location?.OriginalString);
        var (home, _) = await Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);

        // The next time step: a code the enrolment did not already use.
        var (code, _) = await Client.SubmitAsync("/Compte/ConnexionDeuxFacteurs",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(await KeyAsync(), DateTimeOffset.UtcNow.AddSeconds(30)) });

        Assert.Equal("/", code.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync("/")).Response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_message_on_the_field()
    {
        await EnrolAsync();
        await LogoutAsync();
        await LoginAsync(User.Email!, Seed.Password);

        var (response, page) = await Client.SubmitAsync("/Compte/ConnexionDeuxFacteurs", new Dictionary<string, string> { ["Input.Code"] = "000000" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Input_Code-erreur"));
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/")).Response.StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var codes = await EnrolAsync();
        await LogoutAsync();

        await LoginAsync(User.Email!, Seed.Password);
        var (first, _) = await Client.SubmitAsync("/Compte/ConnexionCodeRecuperation", new Dictionary<string, string> { ["Input.Code"] = codes[0] });
        Assert.Equal("/Compte/Securite", first.Headers.Location?.OriginalString);
        await LogoutAsync();

        await LoginAsync(User.Email!, Seed.Password);
        var (again, page) = await Client.SubmitAsync("/Compte/ConnexionCodeRecuperation", new Dictionary<string, string> { ["Input.Code"] = codes[0] });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("déjà servi", page.QuerySelector("#Input_Code-erreur")!.TextContent);
    }

    [Fact]
    public async Task The_second_step_cannot_be_opened_without_the_password()
    {
        var (response, _) = await Client.GetAsync("/Compte/ConnexionDeuxFacteurs");

        Assert.Equal("/Compte/Connexion", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Disabling_two_factor_brings_back_the_password_only_login()
    {
        await EnrolAsync();

        await Client.SubmitAsync("/Compte/Securite", new Dictionary<string, string>(), "/Compte/Securite?handler=DisableTwoFactor");
        await LogoutAsync();
        var (login, _) = await LoginAsync(User.Email!, Seed.Password);

        Assert.Equal("/", login.Headers.Location?.OriginalString);
        Assert.Single(await AuditAsync(AccountAudit.TwoFactorDisabled));
    }

    /// <summary>Signs in, opens the enrolment page, reads the key as a person would, answers with a code; returns the recovery codes shown.</summary>
    private async Task<List<string>> EnrolAsync()
    {
        await LoginAsync(User.Email!, Seed.Password);
        var (_, page) = await Client.GetAsync("/Compte/Securite/ActiverDeuxFacteurs");
        var key = page.QuerySelector("#cle-partagee")!.TextContent;
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("img.qr-code")!.GetAttribute("src"));

        var (enabled, _) = await Client.SubmitAsync("/Compte/Securite/ActiverDeuxFacteurs",
            new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal("/Compte/Securite/CodesRecuperation", enabled.Headers.Location?.OriginalString);

        var (_, codesPage) = await Client.GetAsync("/Compte/Securite/CodesRecuperation");
        var codes = codesPage.QuerySelectorAll(".codes-recuperation code").Select(c => c.TextContent).ToList();
        // Shown once: the page does not show them again.
        Assert.Equal(HttpStatusCode.Redirect, (await Client.GetAsync("/Compte/Securite/CodesRecuperation")).Response.StatusCode);
        return codes;
    }

    private async Task LogoutAsync() =>
        await Client.SubmitAsync("/", new Dictionary<string, string>(), "/Compte/Deconnexion");

    private async Task<string> KeyAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return (await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(User.Id.ToString()))!))!;
    }
}
