namespace BuurtBot.Outbox;

/// <summary>Where an outgoing message stands. Only ever moves forward (a late "sent" never undoes "delivered").</summary>
public enum OutboxStatus
{
    /// <summary>Stored by the turn that said it; waiting to be sent (again).</summary>
    Pending = 0,

    /// <summary>Claimed by a dispatcher that is sending it now.</summary>
    Sending = 1,

    /// <summary>Accepted by the channel (Twilio "queued").</summary>
    Queued = 2,

    /// <summary>Handed to the carrier or WhatsApp.</summary>
    Sent = 3,

    Delivered = 4,

    /// <summary>Not delivered (handset off, unknown number); final.</summary>
    Undelivered = 5,

    /// <summary>Could not be sent; final.</summary>
    Failed = 6,

    /// <summary>Not sent because the recipient opted out; final.</summary>
    Suppressed = 7,
}
