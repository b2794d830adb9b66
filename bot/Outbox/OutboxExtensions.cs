using BuurtBot.Channels.Outbound;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BuurtBot.Outbox;

public static class OutboxExtensions
{
    /// <summary>
    /// Delivery of stored messages in the background. The transport is the simulator's unless a channel
    /// registered another one (Twilio).
    /// </summary>
    public static WebApplicationBuilder AddOutbox(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxSignalInterceptor>();
        builder.Services.TryAddSingleton<IOutboundTransport, SimulatorTransport>();
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService<OutboxDispatchService>();
        return builder;
    }
}
