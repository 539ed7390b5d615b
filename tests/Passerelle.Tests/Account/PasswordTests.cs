using System.Net;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

public class PasswordTests : AccountTest
{
    [Theory]
    [InlineData("motdepasse123", "courants")]
    [InlineData("123456789012", "courants")]
    [InlineData("Azertyuiop2026!", "courants")]
    [InlineData("court", "12 caractères")]
    public async Task A_weak_new_password_is_refused_with_the_reason_on_the_field(string password, string reason)
    {
        await LoginAsync(User.Email!, Seed.Password);

        var (response, page) = await ChangeAsync(Seed.Password, password, password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector("#Input_NewPassword-erreur")!.TextContent);
        Assert.Contains("Nouveau mot de passe :", page.QuerySelector("[role=alert]")!.TextContent);
        Assert.Empty(await AuditAsync(AccountAudit.PasswordChanged));
    }

    [Fact]
    public async Task A_good_new_password_replaces_the_old_one()
    {
        await LoginAsync(User.Email!, Seed.Password);
        const string next = "Trois pommes sous le parasol";

        var (response, _) = await ChangeAsync(Seed.Password, next, next);

        Assert.Equal("/Compte/Securite", response.Headers.Location?.OriginalString);
        Assert.Single(await AuditAsync(AccountAudit.PasswordChanged));
        await Client.SubmitAsync("/", new Dictionary<string, string>(), "/Compte/Deconnexion");
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(User.Email!, Seed.Password)).Response.StatusCode);
        Assert.Equal("/", (await LoginAsync(User.Email!, next)).Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_different_confirmation_is_refused()
    {
        await LoginAsync(User.Email!, Seed.Password);

        var (_, wrong) = await ChangeAsync("Pas-le-bon-mot-de-passe", "Trois pommes sous le parasol", "Trois pommes sous le parasol");
        var (_, mismatch) = await ChangeAsync(Seed.Password, "Trois pommes sous le parasol", "Trois pommes sous la pluie");

        Assert.Contains("actuel est incorrect", wrong.QuerySelector("#Input_CurrentPassword-erreur")!.TextContent);
        Assert.Contains("ne correspond pas", mismatch.QuerySelector("#Input_Confirmation-erreur")!.TextContent);
    }

    private Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Document)> ChangeAsync(string current, string next, string confirmation) =>
        Client.SubmitAsync("/Compte/Securite", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.Confirmation"] = confirmation,
        }, "/Compte/Securite");
}
