using Microsoft.Extensions.Logging;

namespace BuurtBot.Channels.Twilio;

/// <summary>Twilio's log lines: SIDs, statuses and codes only; never a phone number or message text.</summary>
internal static partial class TwilioLog
{
    public static void Result(ILogger logger, string resource, TwilioSendResult result)
    {
        switch (result)
        {
            case TwilioSendResult.Accepted accepted:
                Accepted(logger, resource, accepted.Sid, accepted.Status);
                break;
            case TwilioSendResult.Retryable retryable:
                Retryable(logger, resource, retryable.Reason, retryable.HttpStatus, retryable.ErrorCode, retryable.MayHaveBeenProcessed);
                break;
            case TwilioSendResult.Permanent permanent:
                Refused(logger, resource, permanent.HttpStatus, permanent.ErrorCode);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio accepted {Resource}: {Sid} {Status}")]
    private static partial void Accepted(ILogger logger, string resource, string sid, string status);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Twilio {Resource} failed, retryable: {Reason} (HTTP {HttpStatus}, code {ErrorCode}, may have been processed: {MayHaveBeenProcessed})")]
    private static partial void Retryable(ILogger logger, string resource, TwilioRetryReason reason, int? httpStatus, int? errorCode, bool mayHaveBeenProcessed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Twilio refused {Resource}: HTTP {HttpStatus}, code {ErrorCode}")]
    private static partial void Refused(ILogger logger, string resource, int? httpStatus, int? errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Twilio {Resource}: {Reason}, retry {Attempt} in {DelayMs:0} ms")]
    public static partial void Retrying(ILogger logger, string resource, TwilioRetryReason reason, int attempt, double delayMs);
}
