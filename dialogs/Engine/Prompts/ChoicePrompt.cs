using BuurtBot.Dialogs.Engine.Turns;

namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>
/// Asks to pick one of the options' choices: by its number (1, 2, ...) or by one of its words.
/// <paramref name="normalize"/> prepares text for matching (case, accents, typing noise).
/// </summary>
public sealed class ChoicePrompt(string id, Func<string, string> normalize, PromptValidator<string>? validator = null)
    : Prompt<string>(id, validator)
{
    protected override PromptRecognition<string> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        var answer = normalize(turnContext.Activity.Text);
        if (answer.Length == 0)
        {
            return PromptRecognition<string>.Failed;
        }

        if (int.TryParse(answer, out var number) && number >= 1 && number <= options.Choices.Count)
        {
            return PromptRecognition<string>.Of(options.Choices[number - 1].Value);
        }

        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Choice? found = null;
        foreach (var choice in options.Choices)
        {
            var matches = choice.Synonyms.Any(s => Contains(words, normalize(s)));
            if (matches && found is not null && found != choice)
            {
                return PromptRecognition<string>.Failed; // names two options: ambiguous
            }

            if (matches)
            {
                found = choice;
            }
        }

        return found is null ? PromptRecognition<string>.Failed : PromptRecognition<string>.Of(found.Value);
    }

    private static bool Contains(string[] words, string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + parts.Length <= words.Length; i++)
        {
            if (parts.Length > 0 && parts.AsSpan().SequenceEqual(words.AsSpan(i, parts.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
