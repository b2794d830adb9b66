using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Inbound;

/// <summary>
/// That a message with this channel id was handled. Written in the same transaction as the turn it caused, so a
/// repeated delivery (Twilio retries, a double POST) is recognised and handled once.
/// </summary>
public sealed class InboundReceipt
{
    private InboundReceipt()
    {
    }

    public string MessageId { get; private set; } = "";

    public Channel Channel { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }

    public static InboundReceipt For(Activity activity, DateTimeOffset at) => new()
    {
        MessageId = activity.Id!,
        Channel = activity.Channel,
        ReceivedAt = at,
    };
}
