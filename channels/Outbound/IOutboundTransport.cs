namespace BuurtBot.Channels.Outbound;

/// <summary>Delivers stored outgoing messages to people: the simulator, or Twilio.</summary>
public interface IOutboundTransport
{
    Task<DeliveryAttempt> SendAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// The channel's ids of messages it already took for <paramref name="message"/> (same recipient and text, made
    /// after it), oldest first. Asked before sending again a message whose earlier send may have gone out unrecorded
    /// (the process died between the channel's answer and recording it). Null when the channel cannot tell.
    /// </summary>
    Task<IReadOnlyList<string>?> FindSentAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>?>(null);
}
