using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Conversation;

/// <summary>
/// What the conversation starts with: what the person wants (and, when unsure, the other thing they might
/// want), what their message already said, and a line to put before the first question.
/// </summary>
public sealed record MainOptions(Intent Intent)
{
    public Intent? Alternative { get; init; }

    /// <summary>The message that started it, as understood: fields it states are not asked again.</summary>
    public ParsedMessage? Parsed { get; init; }

    public string? NameHint { get; init; }

    public string? PostcodeHint { get; init; }

    public bool RedoRegistration { get; init; }

    /// <summary>The message that started it, for a coordinator when the bot cannot handle it itself.</summary>
    public string? Text { get; init; }

    public string? Lead { get; init; }

    /// <summary>The menu follows messages that were not understood: one more miss hands the conversation over.</summary>
    public bool AfterMisunderstanding { get; init; }
}
