namespace BuurtBot.Channels.Outbound;

/// <summary>What a transport made of one message: the outcome, the channel's id for it, and any error code.</summary>
public sealed record DeliveryAttempt(DeliveryOutcome Outcome, string? ProviderId = null, int? ErrorCode = null, string? Error = null)
{
    public static DeliveryAttempt Sent(string? providerId = null) => new(DeliveryOutcome.Sent, providerId);

    public static DeliveryAttempt RetryLater(string error, int? code = null) => new(DeliveryOutcome.RetryLater, null, code, error);

    public static DeliveryAttempt Failed(string error, int? code = null) => new(DeliveryOutcome.Failed, null, code, error);
}
