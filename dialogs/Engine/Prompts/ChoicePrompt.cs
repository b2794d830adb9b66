using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one of the options' choices: by its number (1, 2, ...) or by one of its words.
/// <paramref name="normalize"/> prepares text for matching (case, accents, typing noise).
/// </summary>
public sealed class ChoicePrompt(string id, Func<string, string> normalize, PromptValidator<string>? validator = null)
    : Prompt<string>(id, validator)
{
    protected override AnswerKind Kind => AnswerKind.Choice;

    protected override PromptRecognition<string> Recognize(ITurnContext turnContext, PromptOptions options) =>
        ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices, normalize) is { } choice
            ? PromptRecognition<string>.Of(choice.Value)
            : PromptRecognition<string>.Failed;
}
