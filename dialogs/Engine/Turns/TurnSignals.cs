namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>What a turn tells its channel besides its messages: the answer it waits for, whether it is still going on.</summary>
public sealed class TurnSignals
{
    private const string Key = "turn.signals";

    public AnswerKind Expecting { get; set; } = AnswerKind.Free;

    /// <summary>How many options a choice offers (keys 1..N, and 0 when offered).</summary>
    public int ChoiceCount { get; set; }

    /// <summary>Whether a conversation is still going on after the turn (something was asked).</summary>
    public bool ConversationOpen { get; set; }

    public static TurnSignals Of(ITurnContext turnContext)
    {
        var signals = turnContext.TurnState.Get<TurnSignals>(Key);
        if (signals is null)
        {
            signals = new TurnSignals();
            turnContext.TurnState.Set(Key, signals);
        }

        return signals;
    }
}
