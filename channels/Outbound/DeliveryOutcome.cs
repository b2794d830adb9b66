namespace BuurtBot.Channels.Outbound;

public enum DeliveryOutcome
{
    /// <summary>Handed over to the channel (for Twilio: accepted, with its SID).</summary>
    Sent,

    /// <summary>Not sent now, worth trying again later (rate limit, server error, network).</summary>
    RetryLater,

    /// <summary>Will never be sent as it is (a permanent error).</summary>
    Failed,

    /// <summary>The recipient opted out; nothing may be sent.</summary>
    OptedOut,
}
