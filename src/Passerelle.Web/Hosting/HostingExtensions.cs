namespace Passerelle.Web.Hosting;

public static class HostingExtensions
{
    public static void MapHealth(this WebApplication app) =>
        app.MapHealthChecks("/healthz").AllowAnonymous().DisableHttpMetrics();

    /// <summary>Strict headers: no framing, no sniffing, no referrer leaks, scripts and styles from this site only.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var h = context.Response.Headers;
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            return next();
        });
}
