namespace BuurtBot.Channels.Outbound;

/// <summary>Delivers stored outgoing messages to people: the simulator, or Twilio.</summary>
public interface IOutboundTransport
{
    Task<DeliveryAttempt> SendAsync(OutboundMessage message, CancellationToken cancellationToken);
}
