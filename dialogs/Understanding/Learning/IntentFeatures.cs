namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Turns a message into hashed, weighted features for <see cref="IntentModel"/>: folded words, crude
/// Dutch stems, word pairs, the first words, character 3-4-grams over the words (typing errors share
/// most of them) and a length bucket. Each group is scaled to unit length so long messages do not
/// shout. Allocation-free: the caller passes the buffers.
/// </summary>
internal static class IntentFeatures
{
    public const int Bits = 14;
    public const int Buckets = 1 << Bits;
    public const int MaxFeatures = 1024;
    private const int MaxWords = 60;
    private const int MaxChars = 400;

    /// <summary>Fills <paramref name="index"/>/<paramref name="value"/> and returns how many features there are.</summary>
    public static int Extract(TokenizedText tokens, RuleSignals signals, Span<int> index, Span<float> value)
    {
        Span<char> line = stackalloc char[MaxChars + 2];
        Span<int> starts = stackalloc int[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        var (length, words) = Normalize(tokens.Text, line, starts, ends);
        var n = 0;
        if (words == 0)
        {
            index[n] = Bucket(Hash(Seed('e'), "<empty>")); value[n++] = 1;
            return n;
        }

        var groupStart = n;
        for (var w = 0; w < words; w++)
        {
            n = Add(index, value, n, Hash(Seed('w'), line[starts[w]..ends[w]]));
        }

        Scale(value, groupStart, n, 1f);

        groupStart = n;
        for (var w = 0; w < words; w++)
        {
            var word = line[starts[w]..ends[w]];
            n = Add(index, value, n, Hash(Seed('s'), Stem(word)));
        }

        Scale(value, groupStart, n, 0.7f);

        groupStart = n;
        var previous = Hash(Seed('b'), "<s>");
        for (var w = 0; w <= words && n < MaxFeatures - 64; w++)
        {
            var current = w < words ? Hash(Seed('b'), Stem(line[starts[w]..ends[w]])) : Hash(Seed('b'), "</s>");
            n = Add(index, value, n, Mix(previous, current));
            previous = current;
        }

        Scale(value, groupStart, n, 1f);

        groupStart = n;
        n = Add(index, value, n, Hash(Seed('f'), line[starts[0]..ends[0]]));
        if (words > 1)
        {
            n = Add(index, value, n, Mix(Hash(Seed('g'), line[starts[0]..ends[0]]), Hash(Seed('g'), line[starts[1]..ends[1]])));
        }

        n = Add(index, value, n, Mix(Seed('l'), (uint)Math.Min(words, 12)));
        Scale(value, groupStart, n, 0.6f);

        groupStart = n;
        for (var size = 3; size <= 4; size++)
        {
            for (var i = 0; i + size <= length && n < MaxFeatures; i++)
            {
                var gram = line.Slice(i, size);
                if (gram[1] == ' ' || (size > 3 && gram[^2] == ' '))
                {
                    continue;
                }

                n = Add(index, value, n, Hash(Seed((char)('0' + size)), gram));
            }
        }

        Scale(value, groupStart, n, 1.2f);
        return AddTokens(tokens, signals, index, value, n);
    }

    /// <summary>
    /// The tokenizer's canonical words (spelling mistakes resolved against the vocabulary) and the
    /// hand rules' signals, coarsely binned: evidence per domain, asking against offering, reply cues.
    /// </summary>
    private static int AddTokens(TokenizedText t, RuleSignals signals, Span<int> index, Span<float> value, int n)
    {
        var groupStart = n;
        var previous = Seed('u');
        for (var i = 0; i < t.Count && n < MaxFeatures - 40; i++)
        {
            var word = t.W(i);
            if (word.Length == 0)
            {
                continue;
            }

            var h = Hash(Seed('v'), word);
            n = Add(index, value, n, h);
            n = Add(index, value, n, Mix(previous, h));
            previous = h;
        }

        Scale(value, groupStart, n, 1f);
        groupStart = n;
        var (cues, scores, request, offer) = signals;
        n = Add(index, value, n, Mix(Seed('r'), Bin(scores.Meal) + 10));
        n = Add(index, value, n, Mix(Seed('r'), Bin(scores.Loan) + 20));
        n = Add(index, value, n, Mix(Seed('r'), Bin(scores.Help) + 30));
        n = Add(index, value, n, Mix(Seed('r'), (uint)scores.Best + 40));
        n = Add(index, value, n, Mix(Seed('r'), (uint)(Math.Clamp(Math.Round(request - offer), -4, 4) + 54)));
        n = Add(index, value, n, Mix(Seed('r'), (request > 0 ? 1u : 0u) + (offer > 0 ? 2u : 0u) + 60));
        n = Add(index, value, n, Mix(Seed('r'), (cues.Stop ? 1u : 0u) + 70));
        n = Add(index, value, n, Mix(Seed('r'), (cues.CancelAt >= 0 ? 1u : 0u) + 72));
        n = Add(index, value, n, Mix(Seed('r'), (cues.StatusAt >= 0 ? 1u : 0u) + 74));
        n = Add(index, value, n, Mix(Seed('r'), (uint)cues.Menu + 76));
        n = Add(index, value, n, Mix(Seed('r'), (cues.ThanksAt >= 0 ? 1u : 0u) + 80));
        n = Add(index, value, n, Mix(Seed('r'), (cues.GreetingAt >= 0 ? 1u : 0u) + 82));
        n = Add(index, value, n, Mix(Seed('r'), (cues.Confirm switch { true => 1u, false => 2u, null => 0u }) + (cues.ConfirmAt is >= 0 and <= 1 ? 3u : 0u) + 90));
        Scale(value, groupStart, n, 1f);
        return n;
    }

    private static uint Bin(double score) => (uint)Math.Clamp(Math.Round(score), 0, 6);

    /// <summary>
    /// The message's folded text (<see cref="TokenizedText.Text"/>) as words separated by single spaces with a space at both ends; digits become '0';
    /// '?' is a word of its own; other punctuation separates words.
    /// </summary>
    private static (int Length, int Words) Normalize(string text, Span<char> line, Span<int> starts, Span<int> ends)
    {
        var folded = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var length = 0;
        var words = 0;
        line[length++] = ' ';
        var inWord = false;
        foreach (var raw in folded)
        {
            var c = char.IsDigit(raw) ? '0' : raw;
            var isWordChar = char.IsLetterOrDigit(c) || char.IsSurrogate(c) || (c == '\'' && inWord);
            if (c == '?' || c == '!')
            {
                if (inWord)
                {
                    ends[words - 1] = length;
                    line[length++] = ' ';
                    inWord = false;
                }

                if (words < MaxWords && length + 2 < line.Length)
                {
                    starts[words] = length;
                    line[length++] = c;
                    ends[words++] = length;
                    line[length++] = ' ';
                }

                continue;
            }

            if (isWordChar)
            {
                if (!inWord)
                {
                    if (words == MaxWords || length + 2 >= line.Length)
                    {
                        break;
                    }

                    starts[words++] = length;
                    inWord = true;
                }

                if (length + 1 >= line.Length)
                {
                    break;
                }

                if (length > starts[words - 1] + 1 && line[length - 1] == c && line[length - 2] == c)
                {
                    continue; // "jaaaa", "neeee": three of a kind are two
                }

                line[length++] = c;
            }
            else if (inWord)
            {
                ends[words - 1] = length;
                line[length++] = ' ';
                inWord = false;
            }
        }

        if (inWord)
        {
            ends[words - 1] = length;
            line[length++] = ' ';
        }

        return (length, words);
    }

    /// <summary>A crude Dutch stem: without the plural/verb endings and a doubled last consonant ("lenen" is "len", "kookt" is "kook").</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > 4 && word.EndsWith("en"))
        {
            word = word[..^2];
        }
        else if (word.Length > 4 && (word[^1] == 't' || word[^1] == 's' || word[^1] == 'e'))
        {
            word = word[..^1];
        }

        if (word.Length > 3 && word[^1] == word[^2] && !"aeiou".Contains(word[^1]))
        {
            word = word[..^1];
        }

        return word;
    }

    private static int Add(Span<int> index, Span<float> value, int n, uint hash)
    {
        if (n >= index.Length)
        {
            return n;
        }

        index[n] = Bucket(hash);
        value[n] = 1;
        return n + 1;
    }

    private static void Scale(Span<float> value, int from, int to, float weight)
    {
        if (to <= from)
        {
            return;
        }

        var scale = weight / MathF.Sqrt(to - from);
        for (var i = from; i < to; i++)
        {
            value[i] *= scale;
        }
    }

    private static int Bucket(uint hash) => (int)(hash >> (32 - Bits));

    private static uint Seed(char kind) => 2166136261u ^ (kind * 16777619u);

    private static uint Hash(uint seed, ReadOnlySpan<char> text)
    {
        var h = seed;
        foreach (var c in text)
        {
            h = (h ^ c) * 16777619u;
        }

        return Finish(h);
    }

    private static uint Mix(uint a, uint b) => Finish((a * 31u) ^ (b + 0x9E3779B9u + (a << 6) + (a >> 2)));

    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x85EBCA6Bu;
        h ^= h >> 13;
        h *= 0xC2B2AE35u;
        h ^= h >> 16;
        return h;
    }
}
