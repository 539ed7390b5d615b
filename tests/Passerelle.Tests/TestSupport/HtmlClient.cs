using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Passerelle.Tests.TestSupport;

/// <summary>
/// A browser without JavaScript over the in-process host: keeps cookies, does not follow redirects (tests look
/// at them), parses pages with AngleSharp and submits forms with their antiforgery token, as a person would.
/// </summary>
public sealed class HtmlClient(HttpClient http) : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public static HtmlClient For(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) =>
        new(factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>Opens <paramref name="url"/>, fills the form (the first, or the one posting to <paramref name="action"/>) and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(string url, IDictionary<string, string> fields, string? action = null)
    {
        var (page, document) = await GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        // Without an action, the page's own form (in <main>), not the layout's logout button.
        var form = (action is null ? document.QuerySelectorAll("main form").OfType<IHtmlFormElement>() : document.Forms)
            .FirstOrDefault(f => action is null || Target(f, url).StartsWith(action, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form{(action is null ? "" : " posting to " + action)} on {url}.");
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value);
        foreach (var (k, v) in fields) values[k] = v;
        return await PostAsync(Target(form, url), values);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostAsync(string url, IDictionary<string, string> values)
    {
        var response = await http.PostAsync(url, new FormUrlEncodedContent(values));
        return (response, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static string Target(IHtmlFormElement form, string pageUrl) =>
        form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;

    public void Dispose() => http.Dispose();
}
