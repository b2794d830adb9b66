using BuurtBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuurtBot.Health;

/// <summary>Unhealthy while the database lacks migrations this build expects (the bundle has not run yet).</summary>
internal sealed class MigrationsHealthCheck(BuurtBotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("All migrations applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending, the first {pending[0]}.");
    }
}
