namespace BuurtBot.Channels.Outbound;

/// <summary>
/// The transport while no real channel is configured: a message counts as delivered the moment it is stored,
/// and the simulator's outbox is where people read it.
/// </summary>
public sealed class SimulatorTransport : IOutboundTransport
{
    public Task<DeliveryAttempt> SendAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryAttempt.Sent($"SIM{message.Id}"));
}
