namespace BuurtBot.Dialogs.Engine.Turns;

/// <summary>What kind of answer the bot waits for after a turn, so a channel can help (keys on a phone line).</summary>
public enum AnswerKind
{
    /// <summary>Anything; the conversation is not waiting for a particular answer.</summary>
    Free,
    YesNo,
    Number,
    Choice,
    Date,
}
