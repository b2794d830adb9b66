namespace BuurtBot.Dialogs.Understanding;

/// <summary>Recognises yes or no in a reply.</summary>
public static class DutchConfirmRecognizer
{
    /// <returns>True for yes ("ja hoor", "prima", "doe maar", "👍"), false for no ("nee", "liever niet", "helaas", "👎"), null for neither.</returns>
    public static bool? Recognize(string text)
    {
        using var tokens = Tokenizer.Tokenize(text);
        return ConfirmFinder.Find(tokens)?.Value;
    }
}
