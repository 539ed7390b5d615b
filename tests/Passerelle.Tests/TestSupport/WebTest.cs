using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Passerelle.Core.Organisations;

namespace Passerelle.Tests.TestSupport;

/// <summary>
/// Base of tests of pages: the real host on the test's database, clients signed in through <see cref="TestAuth"/>,
/// and HTML parsed with AngleSharp.
/// </summary>
public abstract class WebTest : DatabaseTest
{
    private WebApplicationFactory<Program>? web;

    protected WebApplicationFactory<Program> Web => web ??= new PasserelleWebFactory(Db).WithTestAuth();

    protected HttpClient ClientFor(AppUser? user) => Web.ClientFor(user);

    public override async Task DisposeAsync()
    {
        if (web is not null) await web.DisposeAsync();
        await base.DisposeAsync();
    }

    protected static async Task<IHtmlDocument> HtmlAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    protected async Task<IHtmlDocument> GetHtmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return await HtmlAsync(response);
    }

    /// <summary>
    /// Submits a form of a page as a browser would: reads the page, takes the antiforgery token of the form whose
    /// action contains <paramref name="handler"/> (or the first POST form), and posts the given fields.
    /// </summary>
    protected async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, string? handler, IDictionary<string, string> fields)
    {
        var page = await GetHtmlAsync(client, url);
        var form = page.QuerySelectorAll<IHtmlFormElement>("main form[method=post]")
            .First(f => handler is null || (f.GetAttribute("action") ?? "").Contains("handler=" + handler, StringComparison.Ordinal));
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }
}
