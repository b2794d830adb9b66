namespace BuurtBot.Dialogs.Understanding;

/// <summary>Recognises the day, clock time and part of day in a Dutch message.</summary>
public static class DutchDateRecognizer
{
    /// <param name="text">The message.</param>
    /// <param name="localNow">Wall-clock time in Europe/Amsterdam that "morgen" and "zaterdag" are resolved against.</param>
    /// <param name="hint">What the conversation is about: with <see cref="ParseHint.Meal"/>, "om zeven uur" is 19:00.</param>
    public static DateTimeMention Recognize(string text, DateTime localNow, ParseHint hint = ParseHint.None)
    {
        using var tokens = Tokenizer.Tokenize(text);
        var mealContext = hint == ParseHint.Meal || (hint == ParseHint.None && MealEvidence.Mentions(tokens));
        return DateTimeExtractor.Extract(tokens, localNow, mealContext);
    }
}
