namespace BuurtBot.Dialogs.Understanding;

/// <summary>Recognises a count in a reply: "twee", "2 graag", "voor ons tweeën", "een stuk of vier".</summary>
public static class DutchNumberRecognizer
{
    /// <returns>The number, or null when none is said (a bare article "een" is not 1; "een of twee" is uncertain).</returns>
    public static int? Recognize(string text)
    {
        using var tokens = Tokenizer.Tokenize(text);
        return PortionFinder.Find(tokens, bareNumbers: true);
    }
}
