using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Passerelle.Core.Organisations;
using Passerelle.Tests.TestSupport;

namespace Passerelle.Tests.EndToEnd;

/// <summary>
/// The real application on Kestrel (127.0.0.1, a free port) over a fresh SQLite database, and a headless
/// Chromium (/usr/bin/chromium, never a downloaded browser) pointed at it. One per test:
/// <code>
/// await using var session = await BrowserSession.StartAsync();
/// var user = await session.UserAsync(Role.Referent);               // a PLIE "casa" and a user, password Seed.Password
/// var page = await session.LoginAsync(user.Email!, Seed.Password); // signed in, on the home page
/// await page.GotoAsync(session.Url("/Personnes"));
/// await AxeAssert.NoViolationsAsync(page);                          // WCAG 2.1 AA
/// await session.ScreenshotAsync(page, "personnes");                 // /tmp/screens/personnes.png
/// </code>
/// Test classes that use it carry [Trait("Category", "Browser")] (test.sh runs them in the browser suite).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string ScreenshotFolder = "/tmp/screens";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly PasserelleWebFactory factory;
    private readonly IPlaywright playwright;

    private BrowserSession(TestDatabase database, PasserelleWebFactory factory, IPlaywright playwright, IBrowser browser, IBrowserContext context, Uri baseUrl)
    {
        Database = database;
        this.factory = factory;
        this.playwright = playwright;
        Browser = browser;
        Context = context;
        BaseUrl = baseUrl;
    }

    public TestDatabase Database { get; }
    public IBrowser Browser { get; }

    /// <summary>One cookie jar for the session's pages; <see cref="IBrowser.NewContextAsync"/> for a second person.</summary>
    public IBrowserContext Context { get; }
    public Uri BaseUrl { get; }

    /// <summary>The application's services (UserManager, DbContext…), for arranging data or reading it back.</summary>
    public IServiceProvider Services => factory.Services;

    /// <param name="clock">« Today » for the application (a <c>FixedClock</c>), when a test needs a given date.</param>
    public static async Task<BrowserSession> StartAsync(TimeProvider? clock = null)
    {
        var database = await TestDatabase.CreateAsync();
        var factory = new PasserelleWebFactory(database, clock);
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        var context = await browser.NewContextAsync(new() { Locale = "fr-FR", ViewportSize = new() { Width = 1280, Height = 900 } });
        return new BrowserSession(database, factory, playwright, browser, context, new Uri(address));
    }

    public string Url(string path) => new Uri(BaseUrl, path).ToString();

    /// <summary>A user of the PLIE <paramref name="plie"/> (created when missing) with <see cref="Seed.Password"/>.</summary>
    public async Task<AppUser> UserAsync(Role role, string plie = "casa", string? email = null)
    {
        await using (var scope = Database.SystemScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Passerelle.Core.Data.PasserelleDbContext>();
            if (!db.Organisations.Any(o => o.Code == plie)) await Seed.PlieAsync(Database, plie);
        }
        return await Seed.UserAsync(Database, plie, role, email);
    }

    /// <summary>Opens the login page, signs in and waits for the home page.</summary>
    public async Task<IPage> LoginAsync(string email, string password)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync(Url("/Compte/Connexion"));
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.GetByLabel("Mot de passe", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
        await page.WaitForURLAsync(u => !u.Contains("/Compte/Connexion", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Saves a full-page screenshot to /tmp/screens/NAME.png, to look at.</summary>
    public async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Browser.DisposeAsync();
        playwright.Dispose();
        await factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
