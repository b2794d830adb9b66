namespace BuurtBot.Dialogs.Conversation;

/// <summary>How conversations behave (section "Conversation").</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversation";

    /// <summary>A conversation silent this long starts afresh.</summary>
    public TimeSpan IdleReset { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Below this confidence, with a close second guess, the bot asks an either-or question.</summary>
    public double ClarifyBelowConfidence { get; set; } = 0.6;
}
