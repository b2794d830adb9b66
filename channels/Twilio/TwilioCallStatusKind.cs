namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's call statuses (CONTRACT §10); Unknown for anything else.</summary>
public enum TwilioCallStatusKind
{
    Unknown,
    Queued,
    Initiated,
    Ringing,
    InProgress,
    Completed,
    Busy,
    Failed,
    NoAnswer,
    Canceled,
}
