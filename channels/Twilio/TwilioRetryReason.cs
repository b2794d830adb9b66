namespace BuurtBot.Channels.Twilio;

public enum TwilioRetryReason
{
    /// <summary>429 (20429): too many concurrent requests; never processed.</summary>
    TooManyRequests,

    /// <summary>HTTP 5xx: Twilio's side failed; it may or may not have acted.</summary>
    ServerError,

    /// <summary>No answer within TwilioOptions.RequestTimeout; the request may have been processed.</summary>
    Timeout,

    /// <summary>No connection could be made (refused, DNS): nothing reached Twilio.</summary>
    ConnectionFailed,

    /// <summary>The connection broke after the request was sent; it may have been processed.</summary>
    NetworkError,

    /// <summary>A 2xx answer we could not read (no sid): it was probably processed.</summary>
    UnreadableResponse,
}
