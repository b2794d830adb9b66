using System.Text.RegularExpressions;
using BuurtBot.Dialogs.Conversation;
using BuurtBot.Dialogs.Engine.Prompts;
using BuurtBot.Dialogs.Engine.Turns;
using BuurtBot.Dialogs.Language;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Dialogs.Loans;

/// <summary>How answers about borrowing and lending are read.</summary>
internal static partial class LoanAnswers
{
    /// <summary>The thing: what the parser makes of it, or a short plain answer ("een ladder", "mijn aanhanger").</summary>
    public static PromptRecognition<string> Item(ITurnContext turn)
    {
        if (TurnUnderstanding.Of(turn, ParseHint.Loan).Item is { } item)
        {
            return PromptRecognition<string>.Of(item);
        }

        var words = DutchVocabulary.Normalize(turn.Activity.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is not ("een" or "de" or "het" or "mijn" or "graag" or "ik" or "wil" or "lenen" or "uitlenen" or "zoek"))
            .ToArray();
        return words.Length is 1 or 2 && words.All(w => w.Length > 1 && w.All(char.IsLetter))
            ? PromptRecognition<string>.Of(string.Join(' ', words))
            : default;
    }

    /// <summary>"tot zondag", "zondag", "een week" back; "weet ik niet"/"nee" means not said (empty).</summary>
    public static PromptRecognition<DateOnly?> Until(ITurnContext turn)
    {
        var text = Until().Replace(turn.Activity.Text, "").Trim();
        if (DutchConfirmRecognizer.Recognize(text) == false || DutchVocabulary.Normalize(text) is "weet ik niet" or "geen idee" or "maakt niet uit")
        {
            return PromptRecognition<DateOnly?>.Of(null);
        }

        var now = DutchTime.ToAmsterdam(turn.Now);
        return DutchDateRecognizer.Recognize(text, now, ParseHint.Loan).Date is { } date && date >= DateOnly.FromDateTime(now)
            ? PromptRecognition<DateOnly?>.Of(date)
            : default;
    }

    /// <summary>"ladder van morgen tot woensdag": the text before "tot" and the day after it, when there is one.</summary>
    public static (string Before, DateOnly? Until) SplitUntil(string text, DateTimeOffset now)
    {
        var match = UntilInside().Match(text);
        if (!match.Success)
        {
            return (text, null);
        }

        var local = DutchTime.ToAmsterdam(now);
        var until = DutchDateRecognizer.Recognize(match.Groups["until"].Value, local, ParseHint.Loan).Date;
        return until is { } day && day >= DateOnly.FromDateTime(local) ? (text[..match.Index], day) : (text, null);
    }

    [GeneratedRegex(@"\b(?:tot(?:\s+en\s+met)?|t/m)\s+(?<until>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UntilInside();

    [GeneratedRegex(@"^\s*(?:tot\s+(?:en\s+met\s+)?|t/m\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Until();
}
