using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Asks for free text; any non-empty answer is recognised (a validator may be stricter).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        var text = turnContext.Activity.Text.Trim();
        return text.Length == 0 ? PromptRecognition<string>.Failed : PromptRecognition<string>.Of(text);
    }
}
