namespace BuurtBot.Dialogs.Understanding;

/// <summary>Recognises a Dutch postcode: "1234 ab", "1234AB", "1234-ab" all give "1234AB".</summary>
public static class PostcodeRecognizer
{
    public static string? Recognize(string text)
    {
        using var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (PostcodeFinder.At(tokens, i) is { } postcode)
            {
                return postcode;
            }
        }

        return null;
    }
}
