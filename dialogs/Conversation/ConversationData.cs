namespace BuurtBot.Dialogs.Conversation;

/// <summary>What the bot keeps of a conversation besides its dialog stack.</summary>
public sealed class ConversationData
{
    public DateTimeOffset? LastTurnAt { get; set; }

    /// <summary>Messages in a row the bot did not understand outside any question.</summary>
    public int MisunderstoodInARow { get; set; }
}
