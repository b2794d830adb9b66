using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>A prompt whose answer is read by a function of the turn (for answers no standard prompt reads).</summary>
public sealed class RecognizerPrompt<T>(
    string id, Func<ITurnContext, PromptRecognition<T>> recognizer, PromptValidator<T>? validator = null, AnswerKind kind = AnswerKind.Free)
    : Prompt<T>(id, validator)
{
    protected override AnswerKind Kind => kind;

    protected override PromptRecognition<T> Recognize(ITurnContext turnContext, PromptOptions options) => recognizer(turnContext);
}
