using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Passerelle.Core.Data;
using Passerelle.Core.Organisations;
using Passerelle.Web.Api;

namespace Passerelle.Web.Hosting;

public static class WebServices
{
    public const string LoginRateLimit = "login";

    /// <summary>The pages one opens before being signed in.</summary>
    public static readonly IReadOnlyList<string> AnonymousPages =
    [
        "/Compte/Connexion", "/Compte/ConnexionDeuxFacteurs", "/Compte/ConnexionCodeRecuperation",
        "/Compte/Deconnexion", "/Compte/AccesRefuse", "/Compte/Verrouille", "/Erreur",
    ];

    /// <summary>Cookies for people, API keys for /api/v1; both end in the same claims (<see cref="Claims"/>).</summary>
    public static IServiceCollection AddPasserelleIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = IdentityConstants.ApplicationScheme;
                o.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(ApiKeyHandler.SchemeName, null);
        services.AddPasserelleIdentityCore()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PasserelleClaimsFactory>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Compte/Connexion";
            o.LogoutPath = "/Compte/Deconnexion";
            o.AccessDeniedPath = "/Compte/AccesRefuse";
            o.Cookie.Name = "passerelle";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
        });
        services.AddAuthorization(Permissions.AddPolicies);
        return services;
    }

    public static IServiceCollection AddPasserelleWeb(this IServiceCollection services, IConfiguration configuration)
    {
        // Keys that protect cookies and antiforgery tokens survive restarts (default: next to the SQLite file).
        services.AddDataProtection()
            .SetApplicationName("Passerelle")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["Passerelle:DataProtection:KeysPath"] ?? "data/keys"));
        services.AddRazorPages(o =>
        {
            // Every page needs a signed-in user except this short list. Not the whole /Compte folder: an
            // [AllowAnonymous] on the folder would win over [Authorize] on /Compte/Securite (PageSecurityTests).
            o.Conventions.AuthorizeFolder("/");
            foreach (var page in AnonymousPages) o.Conventions.AllowAnonymousToPage(page);
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "passerelle-td";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "passerelle-af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Throttles password guessing per client address on the login and 2FA forms. The attribute goes on
            // the page model (Razor Pages read endpoint metadata per page, not per handler), so showing the form
            // (GET) is let through and only submissions count.
            o.AddPolicy(LoginRateLimit, ctx => HttpMethods.IsGet(ctx.Request.Method) || HttpMethods.IsHead(ctx.Request.Method)
                ? RateLimitPartition.GetNoLimiter("read")
                : RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) }));
        });
        services.AddSingleton<Pages.Orientations.ImportDrafts>();
        services.AddOpenApi("v1");
        services.AddProblemDetails();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }
}
