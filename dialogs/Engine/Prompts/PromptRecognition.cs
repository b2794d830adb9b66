namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt made of the answer: a value, or nothing usable.</summary>
public readonly record struct PromptRecognition<T>(bool Succeeded, T? Value)
{
    public static PromptRecognition<T> Failed => default;

    public static PromptRecognition<T> Of(T value) => new(true, value);
}
