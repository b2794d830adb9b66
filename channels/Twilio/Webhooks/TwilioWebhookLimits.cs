namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>Twilio waits 15 seconds for a webhook's answer; a turn gets well under that.</summary>
internal static class TwilioWebhookLimits
{
    public static readonly TimeSpan Turn = TimeSpan.FromSeconds(10);
}
