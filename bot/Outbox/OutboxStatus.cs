namespace BuurtBot.Outbox;

/// <summary>Where an outgoing message stands; only ever moves forward.</summary>
public enum OutboxStatus
{
    /// <summary>Stored by the turn that said it; not yet handed to a channel.</summary>
    Pending,
    Queued,
    Sent,
    Delivered,
    Undelivered,
    Failed,
}
