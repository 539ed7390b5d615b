using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Passerelle.Web.Hosting;

/// <summary>
/// OpenTelemetry traces and metrics (after dotnet/eShop ServiceDefaults); exported over OTLP only when
/// OTEL_EXPORTER_OTLP_ENDPOINT is configured. Query strings are not recorded (they may carry names).
/// </summary>
public static class Telemetry
{
    public static void AddPasserelleTelemetry(this WebApplicationBuilder builder)
    {
        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Passerelle"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation(o =>
            {
                o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/healthz");
                o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
            }).AddSource("Passerelle"));
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            otel.UseOtlpExporter();
    }
}
