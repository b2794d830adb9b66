namespace BuurtBot.Channels.Twilio;

/// <summary>What became of a REST create: accepted, worth retrying, or refused for good.</summary>
public abstract record TwilioSendResult
{
    private TwilioSendResult()
    {
    }

    /// <summary>Twilio took it (201). Delivery is still open: status callbacks tell the rest.</summary>
    /// <param name="Segments">num_segments when Twilio already knows it (SMS), else null.</param>
    public sealed record Accepted(string Sid, string Status, int? Segments, DateTimeOffset? DateCreated) : TwilioSendResult;

    /// <summary>
    /// Try again later. <see cref="MayHaveBeenProcessed"/> is false only when Twilio certainly did nothing
    /// (429, or no connection was made): then a blind resend is safe. When true (timeout, broken connection,
    /// 5xx) the message or call may exist: look it up before sending again, or risk a duplicate (CONTRACT §11).
    /// </summary>
    public sealed record Retryable(TwilioRetryReason Reason, bool MayHaveBeenProcessed, int? HttpStatus, int? ErrorCode, string Detail)
        : TwilioSendResult;

    /// <summary>Refused; sending the same again will fail the same way (HTTP 4xx, Twilio's code and message).</summary>
    /// <param name="HttpStatus">Null when refused locally before sending (e.g. TwiML too long, 32018).</param>
    public sealed record Permanent(int? HttpStatus, int? ErrorCode, string Message, string? MoreInfo) : TwilioSendResult
    {
        /// <summary>21610: the person sent STOP to this sender; record the opt-out, do not treat it as a fault.</summary>
        public bool IsOptedOut => ErrorCode == 21610;

        /// <summary>21211 invalid number, 21614 not a mobile, 21635 landline: this address cannot get SMS.</summary>
        public bool IsUnreachableNumber => ErrorCode is 21211 or 21614 or 21635;

        /// <summary>20003 / HTTP 401: our credentials are wrong; nothing will send until configuration is fixed.</summary>
        public bool IsAuthenticationFailure => ErrorCode == 20003 || HttpStatus == 401;
    }
}
