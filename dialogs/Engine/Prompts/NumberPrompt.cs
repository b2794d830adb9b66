using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for a whole number; <paramref name="recognizer"/> reads digits and number words.</summary>
public sealed class NumberPrompt(string id, Func<string, int?> recognizer, PromptValidator<int>? validator = null)
    : Prompt<int>(id, validator)
{
    protected override AnswerKind Kind => AnswerKind.Number;

    protected override PromptRecognition<int> Recognize(ITurnContext turnContext, PromptOptions options) =>
        recognizer(turnContext.Activity.Text) is { } number ? PromptRecognition<int>.Of(number) : PromptRecognition<int>.Failed;
}
