using Microsoft.AspNetCore.HttpOverrides;
using Passerelle.Core;
using Passerelle.Core.Data;
using Passerelle.Web.Api;
using Passerelle.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddPasserelleCore(DatabaseOptions.From(builder.Configuration));
builder.Services.AddPasserelleIdentity();
builder.Services.AddPasserelleWeb(builder.Configuration);
builder.AddPasserelleTelemetry();

var app = builder.Build();

await StartupTasks.RunAsync(app);

// Behind a TLS-terminating reverse proxy: trust its X-Forwarded-Proto/For so that cookies are marked Secure and
// HSTS applies (Passerelle__Hosting__TrustForwardedHeaders=true; only when the proxy is the sole way in).
if (app.Configuration.GetValue<bool>("Passerelle:Hosting:TrustForwardedHeaders"))
{
    var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
    forwarded.KnownIPNetworks.Clear();
    forwarded.KnownProxies.Clear();
    app.UseForwardedHeaders(forwarded);
}
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Erreur");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Erreur", "?code={0}");
app.UseSecurityHeaders();
app.UseStaticFiles();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
// After authorization: API-key principals are authenticated by the endpoint's policy.
app.UseMiddleware<ActorMiddleware>();
app.UseAntiforgery();

app.MapHealth();
app.MapOpenApi("/openapi/{documentName}.json");
app.MapPasserelleApi();
app.MapRazorPages();

app.Lifetime.ApplicationStarted.Register(() => StartupTasks.PrintAddresses(app));

app.Run();
