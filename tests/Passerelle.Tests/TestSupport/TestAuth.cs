using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Core.Organisations;

namespace Passerelle.Tests.TestSupport;

/// <summary>Clients of the real host signed in as a given user, through <see cref="TestAuthHandler"/>.</summary>
public static class TestAuth
{
    /// <summary>The host with the test scheme as the default for authentication, challenge and forbid.</summary>
    public static WebApplicationFactory<Program> WithTestAuth(this PasserelleWebFactory factory) =>
        factory.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddAuthentication(o =>
                {
                    o.DefaultScheme = TestAuthHandler.SchemeName;
                    o.DefaultAuthenticateScheme = TestAuthHandler.SchemeName;
                    o.DefaultChallengeScheme = TestAuthHandler.SchemeName;
                    o.DefaultForbidScheme = TestAuthHandler.SchemeName;
                })
                .AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, null)));

    /// <summary>A client that does not follow redirects, so that tests see 302, 403 and 404 as they are.</summary>
    public static HttpClient ClientFor(this WebApplicationFactory<Program> factory, AppUser? user)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null) client.DefaultRequestHeaders.Add(TestAuthHandler.Header, user.Id.ToString());
        return client;
    }
}
