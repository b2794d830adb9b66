using System.Buffers;
using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Splits a normalised message into words, numbers, punctuation and symbols (emoji), resolving
/// every word against the <see cref="Vocabulary"/>. Writes "zondagmiddag" and "morgenavond" as two
/// words, "savonds" and "s'avonds" as "'s avonds", and hyphenated words as their parts when the
/// whole is unknown.
/// </summary>
internal static class Tokenizer
{
    private static readonly string[] DayPrefixes =
        ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "overmorgen", "morgen", "vandaag"];

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DayParts =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ochtend"] = "ochtend", ["morgen"] = "ochtend", ["middag"] = "middag", ["avond"] = "avond",
            ["nacht"] = "nacht", ["vroeg"] = "vroeg", ["ochtends"] = "ochtend", ["middags"] = "middag",
            ["avonds"] = "avond", ["morgens"] = "ochtend", ["nachts"] = "nacht", ["avondeten"] = "avondeten",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static TokenizedText Tokenize(string? message)
    {
        var original = message ?? "";
        var text = TextNormalizer.Normalize(original);
        var tokens = ArrayPool<Token>.Shared.Rent(text.Length + 8);
        var count = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == ' ')
            {
                i++;
            }
            else if (char.IsLetter(c) || (c == '\'' && IsClitic(text, i)))
            {
                i = ReadWord(text, i, tokens, ref count);
            }
            else if (c is >= '0' and <= '9')
            {
                i = ReadNumber(text, i, tokens, ref count);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (codePoint is < 0x1F3FB or > 0x1F3FF)
                {
                    tokens[count++] = new Token(i, 2, TokenKind.Symbol, null, codePoint, WordMatch.Unknown, 0);
                }

                i += 2;
            }
            else if (char.IsSurrogate(c))
            {
                i++;
            }
            else if (char.IsPunctuation(c) || c is '€' or '+' or '=' or '<' or '>')
            {
                tokens[count++] = new Token(i, 1, TokenKind.Punct, null, c, WordMatch.Unknown, 0);
                i++;
            }
            else if (char.IsSymbol(c))
            {
                tokens[count++] = new Token(i, 1, TokenKind.Symbol, null, c, WordMatch.Unknown, 0);
                i++;
            }
            else
            {
                i++;
            }
        }

        return new TokenizedText(original, text, tokens, count);
    }

    private static bool IsClitic(string text, int i) =>
        i + 1 < text.Length && text[i + 1] is 's' or 't' or 'n' && (i + 2 == text.Length || !char.IsLetter(text[i + 2]));

    private static int ReadNumber(string text, int start, Token[] tokens, ref int count)
    {
        var end = start;
        long value = 0;
        while (end < text.Length && text[end] is >= '0' and <= '9')
        {
            if (value <= int.MaxValue)
            {
                value = value * 10 + (text[end] - '0');
            }

            end++;
        }

        var number = value > 999_999_999 ? int.MaxValue : (int)value;
        tokens[count++] = new Token(start, end - start, TokenKind.Number, null, number, WordMatch.Unknown, 0);
        return end;
    }

    private static int ReadWord(string text, int start, Token[] tokens, ref int count)
    {
        if (text[start] == '\'')
        {
            AddWord(text, start, 2, tokens, ref count);
            return start + 2;
        }

        var end = start + 1;
        while (end < text.Length &&
               (char.IsLetter(text[end]) || (text[end] is '\'' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1]))))
        {
            end++;
        }

        // "'s" written glued to the next word: "s'avonds", "savonds".
        var span = text.AsSpan(start, end - start);
        if (span.Length > 3 && span[0] == 's' && (span[1] == '\'' || DayParts.ContainsKey(span[1..])) &&
            DayParts.ContainsKey(span[(span[1] == '\'' ? 2 : 1)..]))
        {
            var skip = span[1] == '\'' ? 2 : 1;
            tokens[count++] = new Token(start, skip, TokenKind.Word, "'s", 0, WordMatch.Variant, 0);
            AddWord(text, start + skip, end - start - skip, tokens, ref count);
            return end;
        }

        AddWord(text, start, end - start, tokens, ref count);
        return end;
    }

    internal static void AddWord(string text, int start, int length, Token[] tokens, ref int count)
    {
        var span = text.AsSpan(start, length);
        if (IsFiller(span) && !(count > 0 && tokens[count - 1].Kind == TokenKind.Number && tokens[count - 1].Length == 4))
        {
            return;
        }

        var resolution = Vocabulary.Resolve(span);
        if (resolution.Match is WordMatch.Exact or WordMatch.Variant)
        {
            tokens[count++] = new Token(start, length, TokenKind.Word, resolution.Word, 0, resolution.Match, 0);
            return;
        }

        if (TrySplitDayPart(text, start, length, tokens, ref count))
        {
            return;
        }

        var hyphen = span.IndexOf('-');
        if (hyphen > 0 && resolution.Match == WordMatch.Unknown)
        {
            AddWord(text, start, hyphen, tokens, ref count);
            AddWord(text, start + hyphen + 1, length - hyphen - 1, tokens, ref count);
            return;
        }

        if (resolution.Word is null && GluedWords.TrySplit(text, start, length, tokens, ref count))
        {
            return;
        }

        if (resolution.Word is null)
        {
            tokens[count++] = Word(text, start, length);
            return;
        }

        tokens[count++] = new Token(start, length, TokenKind.Word, resolution.Word, 0, resolution.Match, resolution.HeadStart);
    }

    /// <summary>Hesitations in speech ("eh", "ehm", "uhm") carry nothing and are left out.</summary>
    private static bool IsFiller(ReadOnlySpan<char> word) =>
        word is "eh" or "ehm" or "ehh" or "ehhm" or "uh" or "uhm" or "uhh" or "euh" or "hm" or "hmm" or "hmmm" or "ehmm" or "emm" or "uhmm";

    private static bool TrySplitDayPart(string text, int start, int length, Token[] tokens, ref int count)
    {
        var span = text.AsSpan(start, length);
        foreach (var prefix in DayPrefixes)
        {
            if (span.Length <= prefix.Length || !span.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = span[prefix.Length..];
            var skip = rest[0] == '-' ? 1 : 0;
            if (DayParts.TryGetValue(rest[skip..], out var part))
            {
                tokens[count++] = new Token(start, prefix.Length, TokenKind.Word, prefix, 0, WordMatch.Variant, 0);
                tokens[count++] = new Token(start + prefix.Length + skip, rest.Length - skip, TokenKind.Word, part, 0, WordMatch.Variant, 0);
                return true;
            }
        }

        return false;
    }

    private static Token Word(string text, int start, int length) =>
        new(start, length, TokenKind.Word, text.Substring(start, length), 0, WordMatch.Unknown, 0);
}
