namespace BuurtBot.Channels.Twilio;

/// <summary>
/// A call status callback. Order by <see cref="SequenceNumber"/> (delivery order is not guaranteed) and
/// dedupe on (CallSid, Status).
/// </summary>
/// <param name="AnsweredBy">With machine detection: human, machine_start, fax, unknown, ...</param>
public sealed record TwilioCallStatus(
    string CallSid, TwilioCallStatusKind Status, string RawStatus, int? SequenceNumber, int? DurationSeconds, string? AnsweredBy, int? ErrorCode)
{
    public bool IsTerminal => Status is TwilioCallStatusKind.Completed or TwilioCallStatusKind.Busy
        or TwilioCallStatusKind.Failed or TwilioCallStatusKind.NoAnswer or TwilioCallStatusKind.Canceled;

    /// <summary>Rang out without a conversation: busy, no answer, failed, canceled.</summary>
    public bool NotReached => IsTerminal && Status != TwilioCallStatusKind.Completed;
}
