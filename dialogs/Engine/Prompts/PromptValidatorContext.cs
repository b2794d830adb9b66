using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a validator sees: the recognised answer, the prompt's options and the attempt number (1-based).</summary>
public sealed record PromptValidatorContext<T>(
    ITurnContext Context, PromptRecognition<T> Recognized, PromptOptions Options, int Attempt);
