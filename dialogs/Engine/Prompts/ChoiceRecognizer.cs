namespace BuurtBot.Dialogs.Engine.Prompts;

/// <summary>Finds which choice an answer picks: by its number (1, 2, ...) or by one of its words; none when it names two.</summary>
public static class ChoiceRecognizer
{
    public static Choice? Recognize(string text, IReadOnlyList<Choice> choices, Func<string, string> normalize)
    {
        var answer = normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }

        if (int.TryParse(answer, out var number) && number >= 1 && number <= choices.Count)
        {
            return choices[number - 1];
        }

        var words = answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Choice? found = null;
        foreach (var choice in choices)
        {
            if (!choice.Synonyms.Any(s => Contains(words, normalize(s))))
            {
                continue;
            }

            if (found is not null)
            {
                return null; // names two options: ambiguous
            }

            found = choice;
        }

        return found;
    }

    private static bool Contains(string[] words, string phrase)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; parts.Length > 0 && i + parts.Length <= words.Length; i++)
        {
            if (parts.AsSpan().SequenceEqual(words.AsSpan(i, parts.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
