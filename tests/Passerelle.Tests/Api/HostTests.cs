using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Api;

public class HostTests : DatabaseTest
{
    [Fact]
    public async Task Healthz_answers_200_when_the_database_answers()
    {
        await using var app = new PasserelleWebFactory(Db);

        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_api_is_described_by_openapi()
    {
        await using var app = new PasserelleWebFactory(Db);

        var json = await app.CreateClient().GetStringAsync("/openapi/v1.json");

        using var doc = JsonDocument.Parse(json);
        var paths = doc.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/persons/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/persons", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("psl_not-a-key")]
    public async Task The_api_refuses_a_missing_or_unknown_key(string? key)
    {
        await using var app = new PasserelleWebFactory(Db);
        var client = app.CreateClient();
        if (key is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

        var response = await client.GetAsync("/api/v1/persons?ref=X");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Pages_redirect_anonymous_people_to_the_french_login_page()
    {
        await using var app = new PasserelleWebFactory(Db);
        var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Compte/Connexion", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task Behind_a_trusted_https_proxy_cookies_are_marked_secure()
    {
        await using var app = new PasserelleWebFactory(Db).WithWebHostBuilder(b => b.UseSetting("Passerelle:Hosting:TrustForwardedHeaders", "true"));
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var response = await client.GetAsync("/Compte/Connexion");

        // Cookies being set (a deletion, "name=; expires=…", carries nothing).
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => !c.Contains("=;", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
