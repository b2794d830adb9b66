using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds the vocabulary word a typing error was meant to be. Distance 1 through a symmetric-delete
/// index (every word and its one-letter deletions); distance 2, for long words only, by scanning the
/// words of about the same length that share the first letter. Built once, read-only afterwards.
/// </summary>
internal sealed class FuzzyIndex
{
    public const int MinLength = 5;
    private const int MinLengthForTwo = 8;

    private readonly string[] targets;
    private readonly bool[] preferred;
    private readonly string[] meaning;
    private readonly Dictionary<int, int[]> deletes;
    private readonly FrozenDictionary<char, int[]> byFirstChar;

    /// <param name="words">Every spelling the vocabulary knows.</param>
    /// <param name="isPreferred">Content words win a tie against everyday words.</param>
    /// <param name="canonical">The word a spelling stands for: two spellings of one word are no tie.</param>
    public FuzzyIndex(IReadOnlyList<string> words, Func<string, bool> isPreferred, Func<string, string> canonical)
    {
        targets = words.Where(w => w.Length >= MinLength - 1).Distinct(StringComparer.Ordinal).ToArray();
        preferred = targets.Select(isPreferred).ToArray();
        meaning = targets.Select(canonical).ToArray();
        var map = new Dictionary<int, List<int>>();
        Span<char> buffer = stackalloc char[64];
        for (var t = 0; t < targets.Length; t++)
        {
            var word = targets[t].AsSpan();
            if (word.Length > buffer.Length)
            {
                continue;
            }

            Add(map, string.GetHashCode(word), t);
            for (var i = 0; i < word.Length; i++)
            {
                word[..i].CopyTo(buffer);
                word[(i + 1)..].CopyTo(buffer[i..]);
                Add(map, string.GetHashCode(buffer[..(word.Length - 1)]), t);
            }
        }

        // Keyed by the hash of each word and of each of its one-letter deletions: no strings to build,
        // and a collision only adds a candidate that the edit distance then rejects.
        deletes = map.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray());
        byFirstChar = Enumerable.Range(0, targets.Length)
            .Where(t => targets[t].Length >= MinLengthForTwo - 2)
            .GroupBy(t => targets[t][0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The closest word, or null when none is near enough or two are equally near.</summary>
    public string? Find(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > 40)
        {
            return null;
        }

        var choice = new Choice(-1, int.MaxValue, false);
        if (deletes.TryGetValue(string.GetHashCode(word), out var direct))
        {
            choice = ConsiderAll(direct, word, 1, choice);
        }

        Span<char> buffer = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            word[..i].CopyTo(buffer);
            word[(i + 1)..].CopyTo(buffer[i..]);
            if (deletes.TryGetValue(string.GetHashCode(buffer[..(word.Length - 1)]), out var found))
            {
                choice = ConsiderAll(found, word, 1, choice);
            }
        }

        if (choice.Target < 0 && word.Length >= MinLengthForTwo && byFirstChar.TryGetValue(word[0], out var bucket))
        {
            choice = ConsiderAll(bucket, word, 2, choice);
        }

        return choice.Target < 0 || choice.Ambiguous ? null : targets[choice.Target];
    }

    private Choice ConsiderAll(int[] candidates, ReadOnlySpan<char> word, int max, Choice choice)
    {
        foreach (var t in candidates)
        {
            if (t == choice.Target)
            {
                continue;
            }

            var d = EditDistance.Bounded(word, targets[t], max);
            if (d > max)
            {
                continue;
            }

            if (d < choice.Distance)
            {
                choice = new Choice(t, d, false);
            }
            else if (d == choice.Distance)
            {
                if (Better(t, choice.Target, word))
                {
                    choice = new Choice(t, d, false);
                }
                else if (!Better(choice.Target, t, word) && !string.Equals(meaning[t], meaning[choice.Target], StringComparison.Ordinal))
                {
                    choice = choice with { Ambiguous = true };
                }
            }
        }

        return choice;
    }

    private bool Better(int candidate, int current, ReadOnlySpan<char> word)
    {
        if (current < 0)
        {
            return true;
        }

        if (preferred[candidate] != preferred[current])
        {
            return preferred[candidate];
        }

        var candidateSameLength = targets[candidate].Length == word.Length;
        var currentSameLength = targets[current].Length == word.Length;
        return candidateSameLength && !currentSameLength;
    }

    private readonly record struct Choice(int Target, int Distance, bool Ambiguous);

    private static void Add(Dictionary<int, List<int>> map, int key, int target)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(target);
    }
}
