using BuurtBot.Channels.Outbound;
using BuurtBot.Dialogs.Engine.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuurtBot.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Delivery of stored messages in the background. The transport is the simulator's unless a channel
    /// registered another one (Twilio). New turns are held back for a while when the outbox falls behind (<see cref="OutboxBacklog"/>).
    /// </summary>
    public static WebApplicationBuilder AddOutbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton<IOutboundTransport, SimulatorTransport>();
        builder.Services.AddOutboxBacklog();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService<OutboxDispatchService>();
        return builder;
    }

    /// <summary>
    /// New turns wait while the outbox is behind: <see cref="OutboxBacklog"/> in place of the engine's open admission,
    /// whether the turn pipeline was added before or after. Needs <c>BuurtBotMetrics</c>.
    /// </summary>
    public static IServiceCollection AddOutboxBacklog(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>();
        services.TryAddSingleton<OutboxBacklog>();
        services.Replace(ServiceDescriptor.Singleton<ITurnAdmission>(provider => provider.GetRequiredService<OutboxBacklog>()));
        return services;
    }
}
