using BuurtBot.Dialogs.Understanding;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BuurtBot.Health;

/// <summary>Unhealthy until the intent model is trained (<see cref="UnderstandingWarmUp"/>, about 1 s after start).</summary>
internal sealed class UnderstandingHealthCheck : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(LearnedIntents.IsTrained
            ? HealthCheckResult.Healthy("The intent model is trained.")
            : HealthCheckResult.Unhealthy("The intent model is still being trained."));
}
