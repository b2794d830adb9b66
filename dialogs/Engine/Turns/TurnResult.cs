using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>What one turn sent: its direct replies to the sender, and everything it sent to anyone.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, IReadOnlyList<Activity> Sent)
{
    public static TurnResult From(ITurnContext turnContext)
    {
        var sent = turnContext.SentActivities.ToArray();
        var replies = sent.Where(a => a.Recipient == turnContext.Activity.ConversationId).ToArray();
        return new TurnResult(replies, sent);
    }
}
