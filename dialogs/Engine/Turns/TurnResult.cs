using BuurtBot.Dialogs.Engine.Activities;

namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>
/// What one turn sent (its direct replies to the sender, and everything it sent to anyone), what answer it now
/// waits for, and whether the conversation is still going on.
/// </summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, IReadOnlyList<Activity> Sent)
{
    public AnswerKind Expecting { get; init; }

    public int ChoiceCount { get; init; }

    public bool ConversationOpen { get; init; }

    public static TurnResult From(ITurnContext turnContext)
    {
        var sent = turnContext.SentActivities.ToArray();
        var replies = sent.Where(a => a.Recipient == turnContext.Activity.ConversationId).ToArray();
        var signals = TurnSignals.Of(turnContext);
        return new TurnResult(replies, sent)
        {
            Expecting = signals.Expecting,
            ChoiceCount = signals.ChoiceCount,
            ConversationOpen = signals.ConversationOpen,
        };
    }
}
