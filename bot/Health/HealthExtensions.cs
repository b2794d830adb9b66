using BuurtBot.Data;

namespace BuurtBot.Health;

public static class HealthExtensions
{
    public static WebApplicationBuilder AddBuurtBotHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<BuurtBotDbContext>("database");
        return builder;
    }

    /// <summary>GET /health: 200 once the database answers, 503 while it does not.</summary>
    public static WebApplication MapBuurtBotHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health");
        return app;
    }
}
