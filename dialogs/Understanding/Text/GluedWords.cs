namespace BuurtBot.Dialogs.Understanding;

/// <summary>Small words typed against the next one ("wiedoet", "kaniemand", "ikwil"), split when the whole is unknown.</summary>
internal static class GluedWords
{
    /// <summary>Words that get typed against the next one, longest first.</summary>
    private static readonly string[] GluedHeads = ["iemand", "heeft", "wie", "kan", "kun", "wil", "mag", "ik", "is"];

    /// <summary>"wiedoet", "wiekan", "kaniemand", "ikwil": a small word typed against the next one.</summary>
    public static bool TrySplit(string text, int start, int length, Token[] tokens, ref int count)
    {
        var span = text.AsSpan(start, length);
        foreach (var head in GluedHeads)
        {
            if (span.Length - head.Length < 3 || !span.StartsWith(head, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = Vocabulary.ResolveExact(span[head.Length..]);
            if (rest.Match is WordMatch.Exact or WordMatch.Variant)
            {
                Tokenizer.AddWord(text, start, head.Length, tokens, ref count);
                tokens[count++] = new Token(start + head.Length, length - head.Length, TokenKind.Word, rest.Word, 0, rest.Match, 0);
                return true;
            }
        }

        return false;
    }
}
