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
        builder.Services.AddSingleton<OutboxBacklog>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITurnAdmission>(services => services.GetRequiredService<OutboxBacklog>()));
        builder.Services.AddSingleton<OutboxDispatcher>();
        builder.Services.AddHostedService<OutboxDispatchService>();
        return builder;
    }
}
