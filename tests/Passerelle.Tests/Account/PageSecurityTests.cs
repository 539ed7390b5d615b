using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.Account;

/// <summary>
/// Pins the authorization of every endpoint the application maps, read from its EndpointDataSource: a page or
/// API route added later is covered without touching this file, and fails here if it is open by mistake.
/// </summary>
public class PageSecurityTests : DatabaseTest
{
    /// <summary>The only pages one may open without being signed in. Adding one is a security decision.</summary>
    private static readonly HashSet<string> Anonymous =
    [
        "/Compte/Connexion", "/Compte/ConnexionDeuxFacteurs", "/Compte/ConnexionCodeRecuperation",
        "/Compte/Deconnexion", "/Compte/AccesRefuse", "/Compte/Verrouille", "/Erreur",
    ];

    [Fact]
    public async Task Every_page_but_the_allow_list_requires_a_signed_in_user()
    {
        await using var factory = new PasserelleWebFactory(Db);
        using var client = HtmlClient.For(factory);
        var pages = Endpoints(factory).Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(p => p.Page is not null).ToList();
        Assert.Contains(pages, p => p.Page!.ViewEnginePath == "/Compte/Securite/Index");

        foreach (var (endpoint, page) in pages)
        {
            var path = page!.ViewEnginePath;
            var open = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var requiresUser = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            if (Anonymous.Contains(path))
            {
                Assert.True(open, $"{path} should be open to anonymous users.");
                continue;
            }
            Assert.False(open, $"{path} is open to anonymous users but is not in the allow-list.");
            Assert.True(requiresUser, $"{path} does not require authentication.");

            var route = ((RouteEndpoint)endpoint).RoutePattern.RawText ?? path;
            if (route.Contains('{', StringComparison.Ordinal)) continue;
            var (response, _) = await client.GetAsync("/" + route.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location!.AbsolutePath == "/Compte/Connexion", $"GET /{route} anonymously answered {(int)response.StatusCode} {response.Headers.Location}.");
        }
    }

    [Fact]
    public async Task Every_api_endpoint_requires_authorization()
    {
        await using var factory = new PasserelleWebFactory(Db);
        using var client = factory.CreateClient();
        var api = Endpoints(factory).OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(api);

        foreach (var endpoint in api)
        {
            var route = endpoint.RoutePattern.RawText!;
            Assert.Null(endpoint.Metadata.GetMetadata<IAllowAnonymous>());
            Assert.NotEmpty(endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>());
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(route.TrimStart('/'), @"\{[^}]*\}", Guid.NewGuid().ToString());
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.MethodNotAllowed,
                $"GET {url} anonymously answered {(int)response.StatusCode}.");
        }
    }

    private static IEnumerable<Endpoint> Endpoints(PasserelleWebFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
}
