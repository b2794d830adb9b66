namespace BuurtBot.Dialogs.Conversation;

/// <summary>What the bot keeps of a person across conversations.</summary>
public sealed class UserData
{
    /// <summary>Whether the person has had the welcome; it is given once.</summary>
    public bool Welcomed { get; set; }

    public DateTimeOffset? FirstSeenAt { get; set; }
}
