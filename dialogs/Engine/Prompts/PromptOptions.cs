namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// What a prompt asks, what it says when the answer was not understood, and how often it tries before the
/// conversation is handed over.
/// </summary>
public sealed record PromptOptions(string Prompt, string? RetryPrompt = null, int? MaxAttempts = null)
{
    /// <summary>The answers a choice prompt offers, each with the words that pick it.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];
}
