using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BuurtBot.Channels.Twilio;

/// <summary>Status callbacks (CONTRACT §5 and §10) to records; malformed ones give a reason (answer 400).</summary>
public static class TwilioStatusMapper
{
    public static bool TryMapMessageStatus(TwilioForm form, [NotNullWhen(true)] out TwilioMessageStatus? status, [NotNullWhen(false)] out string? error)
    {
        status = null;
        var sid = form["MessageSid"] ?? form["SmsSid"];
        var raw = form["MessageStatus"] ?? form["SmsStatus"];
        error = string.IsNullOrEmpty(sid) ? "MessageSid is missing."
            : !TwilioSids.IsValid(sid) ? "MessageSid is not a Twilio SID (two letters and 32 hex digits)."
            : string.IsNullOrEmpty(raw) ? "MessageStatus is missing."
            : null;
        if (error is not null)
        {
            return false;
        }

        var kind = raw switch
        {
            "accepted" => TwilioMessageStatusKind.Accepted,
            "scheduled" => TwilioMessageStatusKind.Scheduled,
            "queued" => TwilioMessageStatusKind.Queued,
            "sending" => TwilioMessageStatusKind.Sending,
            "sent" => TwilioMessageStatusKind.Sent,
            "delivered" => TwilioMessageStatusKind.Delivered,
            "read" => TwilioMessageStatusKind.Read,
            "undelivered" => TwilioMessageStatusKind.Undelivered,
            "failed" => TwilioMessageStatusKind.Failed,
            "canceled" => TwilioMessageStatusKind.Canceled,
            "partially_delivered" => TwilioMessageStatusKind.PartiallyDelivered,
            "receiving" => TwilioMessageStatusKind.Receiving,
            "received" => TwilioMessageStatusKind.Received,
            _ => TwilioMessageStatusKind.Unknown,
        };
        status = new TwilioMessageStatus(sid!, kind, raw!, Int(form["ErrorCode"]), form.NonEmpty("ErrorMessage"));
        return true;
    }

    public static bool TryMapCallStatus(TwilioForm form, [NotNullWhen(true)] out TwilioCallStatus? status, [NotNullWhen(false)] out string? error)
    {
        status = null;
        var sid = form["CallSid"];
        var raw = form["CallStatus"];
        error = string.IsNullOrEmpty(sid) ? "CallSid is missing."
            : !TwilioSids.IsValid(sid, "CA") ? "CallSid is not a call SID (CA and 32 hex digits)."
            : string.IsNullOrEmpty(raw) ? "CallStatus is missing."
            : null;
        if (error is not null)
        {
            return false;
        }

        var kind = raw switch
        {
            "queued" => TwilioCallStatusKind.Queued,
            "initiated" => TwilioCallStatusKind.Initiated,
            "ringing" => TwilioCallStatusKind.Ringing,
            "in-progress" => TwilioCallStatusKind.InProgress,
            "completed" => TwilioCallStatusKind.Completed,
            "busy" => TwilioCallStatusKind.Busy,
            "failed" => TwilioCallStatusKind.Failed,
            "no-answer" => TwilioCallStatusKind.NoAnswer,
            "canceled" => TwilioCallStatusKind.Canceled,
            _ => TwilioCallStatusKind.Unknown,
        };
        status = new TwilioCallStatus(
            sid!, kind, raw!, Int(form["SequenceNumber"]), Int(form["CallDuration"]), form.NonEmpty("AnsweredBy"), Int(form["ErrorCode"]));
        return true;
    }

    private static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
