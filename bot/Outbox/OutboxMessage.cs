using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Outbox;

/// <summary>
/// A message the bot sent, stored in the same transaction as the turn that said it. The durable record of
/// every message: what the simulator shows and what channels deliver.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public long Id { get; private set; }

    public string To { get; private set; } = "";

    public Channel Channel { get; private set; }

    public string Text { get; private set; } = "";

    public OutboxStatus Status { get; private set; }

    /// <summary>When the bot said it (the turn's time).</summary>
    public DateTimeOffset CreatedAt { get; private set; }

    public static OutboxMessage From(Activity activity) => new()
    {
        To = activity.Recipient,
        Channel = activity.Channel,
        Text = activity.Text,
        Status = OutboxStatus.Pending,
        CreatedAt = activity.Timestamp,
    };
}
