namespace BuurtBot.Channels.Twilio;

/// <summary>
/// A message status callback. Callbacks repeat and arrive out of order: dedupe on (MessageSid, Status) and
/// only move forward (<see cref="Supersedes"/>).
/// </summary>
/// <param name="RawStatus">MessageStatus as sent, for statuses this code does not know.</param>
/// <param name="ErrorCode">On failed/undelivered: 63016 (outside the WhatsApp window), 30003 (unreachable), ...</param>
public sealed record TwilioMessageStatus(
    string MessageSid, TwilioMessageStatusKind Status, string RawStatus, int? ErrorCode, string? ErrorMessage)
{
    public bool IsTerminal => Status is TwilioMessageStatusKind.Delivered or TwilioMessageStatusKind.Read
        or TwilioMessageStatusKind.Undelivered or TwilioMessageStatusKind.Failed or TwilioMessageStatusKind.Canceled;

    public bool IsFailure => Status is TwilioMessageStatusKind.Undelivered or TwilioMessageStatusKind.Failed;

    /// <summary>63016: WhatsApp free text outside the 24-hour window; resend as a template.</summary>
    public bool NeedsTemplate => ErrorCode == 63016;

    /// <summary>Whether this status should replace <paramref name="current"/> (never delivered -> sent).</summary>
    public bool Supersedes(TwilioMessageStatusKind current) => Rank(Status) > Rank(current);

    private static int Rank(TwilioMessageStatusKind status) => status switch
    {
        TwilioMessageStatusKind.Unknown => -1,
        TwilioMessageStatusKind.Accepted or TwilioMessageStatusKind.Scheduled => 0,
        TwilioMessageStatusKind.Queued => 1,
        TwilioMessageStatusKind.Sending => 2,
        TwilioMessageStatusKind.Sent => 3,
        TwilioMessageStatusKind.PartiallyDelivered => 4,
        TwilioMessageStatusKind.Read => 6,
        _ => 5, // delivered and the failures: final, none overrides another
    };
}
