using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks a yes/no question; <paramref name="recognizer"/> says what counts as yes or no in the language spoken.</summary>
public sealed class ConfirmPrompt(string id, Func<string, bool?> recognizer, PromptValidator<bool>? validator = null)
    : Prompt<bool>(id, validator)
{
    protected override AnswerKind Kind => AnswerKind.YesNo;

    protected override PromptRecognition<bool> Recognize(ITurnContext turnContext, PromptOptions options) =>
        recognizer(turnContext.Activity.Text) is { } answer ? PromptRecognition<bool>.Of(answer) : PromptRecognition<bool>.Failed;
}
