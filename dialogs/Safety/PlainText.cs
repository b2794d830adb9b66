using System.Collections.Frozen;
using System.Text;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// Text as words for pattern matching: lower case, accents off, punctuation and emoji as single spaces, an apostrophe
/// inside a word kept ("m'n"), speech fillers ("eh", "ehm", "uhm") dropped, and each word optionally put in its
/// lexicon spelling. Shared by the recognisers in Safety, Offers, Requests and Members; pure.
/// </summary>
internal static class PlainText
{
    /// <summary>
    /// The words of <paramref name="text"/> (at most <paramref name="maxLength"/> characters read), each replaced by its
    /// <paramref name="lexicon"/> spelling when it has one, joined by single spaces.
    /// </summary>
    public static string Words(ReadOnlySpan<char> text, FuzzyLexicon? lexicon = null, int maxLength = 2000)
    {
        if (text.Length > maxLength)
        {
            text = text[..maxLength];
        }

        var result = new StringBuilder(text.Length);
        var word = new StringBuilder(24);
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsSurrogate(c))
            {
                c = ' ';
            }

            var decomposed = c < 128 ? null : c.ToString().Normalize(NormalizationForm.FormD);
            var letter = decomposed is null ? c : decomposed[0];
            if (char.IsLetterOrDigit(letter))
            {
                word.Append(char.ToLowerInvariant(letter));
            }
            else if (letter is '\'' or '’' or '`' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                word.Append('\'');
            }
            else if (word.Length > 0)
            {
                Append(result, word.ToString(), lexicon);
                word.Clear();
            }
        }

        return result.ToString();
    }

    /// <summary>Sentences of a message, split at full stops, question and exclamation marks, semicolons and line ends.</summary>
    public static IEnumerable<string> Sentences(string text, int maxLength = 2000)
    {
        var span = text.Length > maxLength ? text[..maxLength] : text;
        var start = 0;
        for (var i = 0; i <= span.Length; i++)
        {
            if (i == span.Length || span[i] is '.' or '!' or '?' or ';' or '\n' or '\r')
            {
                if (i > start)
                {
                    yield return span[start..i];
                }

                start = i + 1;
            }
        }
    }

    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["eh", "ehm", "ehh", "ehmm", "uh", "uhm", "uhh", "euh", "hm", "hmm"], StringComparer.Ordinal);

    private static void Append(StringBuilder result, string word, FuzzyLexicon? lexicon)
    {
        if (Fillers.Contains(word))
        {
            return;
        }

        var spelled = Contraction(word) ?? lexicon?.Find(word) ?? word;
        if (result.Length > 0)
        {
            result.Append(' ');
        }

        result.Append(spelled);
    }

    private static string? Contraction(string word) => word switch
    {
        "m'n" or "mn" => "mijn",
        "z'n" or "zn" => "zijn",
        "d'r" => "haar",
        "'t" => "het",
        _ => null,
    };
}
