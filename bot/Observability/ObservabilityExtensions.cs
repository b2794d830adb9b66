using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace BuurtBot.Observability;

public static class ObservabilityExtensions
{
    public const string MetricsPath = "/metrics";

    /// <summary>The bot's meter and ASP.NET Core's request metrics, exported in Prometheus' text format.</summary>
    public static WebApplicationBuilder AddBuurtBotMetrics(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BuurtBotMetrics>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("buurtbot"))
            .WithMetrics(metrics => metrics
            .AddMeter(BuurtBotMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>GET /metrics for a Prometheus scraper (counts only: no phone numbers, names or texts).</summary>
    public static WebApplication MapBuurtBotMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }
}
