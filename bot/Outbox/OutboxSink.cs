using BuurtBot.Data;
using BuurtBot.Dialogs.Engine.Activities;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Members;

namespace BuurtBot.Outbox;

/// <summary>
/// Stages every sent activity in the outbox, inside the turn's transaction. Nothing is ever stored for a
/// number that opted out.
/// </summary>
internal sealed partial class OutboxSink(BuurtBotDbContext db, IMemberDirectory members, ILogger<OutboxSink> logger) : IActivitySink
{
    public async Task SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (await members.IsOptedOutAsync(activity.Recipient, cancellationToken))
        {
            LogSuppressed(logger, activity.Channel);
            return;
        }

        // On a phone call the reply is spoken in the call itself (TwiML); everything else is delivered later.
        db.OutboxMessages.Add(activity is { Channel: Channel.Voice, InReplyTo: not null }
            ? OutboxMessage.SpokenInCall(activity)
            : OutboxMessage.From(activity));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Message on {Channel} not sent: the recipient opted out")]
    private static partial void LogSuppressed(ILogger logger, Channel channel);
}
