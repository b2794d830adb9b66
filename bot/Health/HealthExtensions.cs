using BuurtBot.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace BuurtBot.Health;

public static class HealthExtensions
{
    private const string Ready = "ready";

    public static WebApplicationBuilder AddBuurtBotHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<BuurtBotDbContext>("database", tags: [Ready])
            .AddCheck<MigrationsHealthCheck>("migrations", tags: [Ready])
            .AddCheck<UnderstandingHealthCheck>("understanding", tags: [Ready]);
        builder.Services.AddHostedService<UnderstandingWarmUp>();
        return builder;
    }

    /// <summary>
    /// GET /health: 200 while the process runs (liveness; the database is not touched). GET /health/ready: 200 once
    /// the database answers and has every migration this build expects, 503 otherwise (readiness).
    /// </summary>
    public static WebApplication MapBuurtBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Ready),
            ResponseWriter = HealthReportJson.WriteAsync,
        });
        return app;
    }
}
