using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Channels.Outbound;

/// <summary>
/// What a transport made of one message: the outcome, the channel's id for it, the channel it really went out
/// on (WhatsApp can fall back to SMS), and any error code.
/// </summary>
public sealed record DeliveryAttempt(
    DeliveryOutcome Outcome, string? ProviderId = null, int? ErrorCode = null, string? Error = null, Channel? SentOn = null)
{
    public static DeliveryAttempt Sent(string? providerId = null, Channel? sentOn = null) => new(DeliveryOutcome.Sent, providerId, SentOn: sentOn);

    public static DeliveryAttempt RetryLater(string error, int? code = null) => new(DeliveryOutcome.RetryLater, null, code, error);

    public static DeliveryAttempt Failed(string error, int? code = null) => new(DeliveryOutcome.Failed, null, code, error);

    public static DeliveryAttempt OptedOut(int? code) => new(DeliveryOutcome.OptedOut, null, code, "opted out");
}
