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

    /// <summary>Who sent it (E.164).</summary>
    public string From { get; private set; } = "";

    /// <summary>What they wrote or said, kept for the coordinator's view of the conversation (purged after the retention period).</summary>
    public string Text { get; private set; } = "";

    /// <summary>The sender's data is removed: the id stays (a late repeat is still recognised), sender and text go.</summary>
    public void Forget()
    {
        From = "";
        Text = "";
    }

    public static InboundReceipt For(Activity activity, DateTimeOffset at) => new()
    {
        MessageId = activity.Id!,
        Channel = activity.Channel,
        ReceivedAt = at,
        From = activity.From,
        Text = activity.Text.Length > 1600 ? activity.Text[..1600] : activity.Text,
    };
}
