using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BuurtBot.Channels.Simulator;

public static class SimulatorExtensions
{
    /// <summary>Whether the simulator is on: Simulator:Enabled, or else "in Development".</summary>
    public static bool IsSimulatorEnabled(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetSection(SimulatorOptions.Section).Get<SimulatorOptions>()?.Enabled
        ?? builder.Environment.IsDevelopment();

    public static WebApplicationBuilder AddSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.Section);
        return builder;
    }

    /// <summary>The simulator's API and its page at "/", when the simulator is on.</summary>
    public static WebApplication MapSimulator(this WebApplication app, bool enabled)
    {
        if (enabled)
        {
            app.UseDefaultFiles();
            app.UseStaticFiles();
            app.MapSimulatorEndpoints();
        }

        return app;
    }
}
