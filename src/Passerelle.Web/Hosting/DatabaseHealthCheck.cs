using Microsoft.Extensions.Diagnostics.HealthChecks;
using Passerelle.Core.Data;

namespace Passerelle.Web.Hosting;

/// <summary>Contract §7: /healthz answers 200 when the database answers.</summary>
public sealed class DatabaseHealthCheck(PasserelleDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("database unreachable");
}
