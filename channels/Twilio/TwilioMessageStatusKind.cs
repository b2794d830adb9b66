namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's message statuses (CONTRACT §5); Unknown for any status added later.</summary>
public enum TwilioMessageStatusKind
{
    Unknown,
    Accepted,
    Scheduled,
    Queued,
    Sending,
    Sent,
    Delivered,
    Read,
    Undelivered,
    Failed,
    Canceled,
    PartiallyDelivered,
    Receiving,
    Received,
}
