namespace BuurtBot.Channels.Twilio.Webhooks;

/// <summary>Records what Twilio later reports about messages and calls the bot sent.</summary>
public interface IDeliveryStatusRecorder
{
    Task RecordAsync(TwilioMessageStatus status, CancellationToken cancellationToken);

    Task RecordAsync(TwilioCallStatus status, CancellationToken cancellationToken);
}
