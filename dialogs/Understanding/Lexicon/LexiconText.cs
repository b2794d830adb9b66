using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>Reads the word tables, which are written as plain text so that they stay easy to extend.</summary>
internal static class LexiconText
{
    /// <summary>Whitespace-separated words.</summary>
    public static string[] Words(string text) =>
        TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Lines "canonical = form form ...": every form (and the canonical word) maps to the canonical word.</summary>
    public static IEnumerable<(string Surface, string Canonical)> Groups(string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                foreach (var word in Words(line))
                {
                    yield return (word, word);
                }

                continue;
            }

            var canonical = TextNormalizer.Fold(line[..equals].Trim());
            yield return (canonical, canonical);
            foreach (var form in Words(line[(equals + 1)..]))
            {
                yield return (form, canonical);
            }
        }
    }

    /// <summary>Lines "value: word word ...": every word maps to the value.</summary>
    public static IEnumerable<(string Word, TValue Value)> Tagged<TValue>(string text, Func<string, TValue> parse)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var value = parse(line[..colon].Trim());
            foreach (var word in Words(line[(colon + 1)..]))
            {
                yield return (word, value);
            }
        }
    }

    /// <summary>A read-only map where the first listing of a word wins (spelling variants may fold together).</summary>
    public static FrozenDictionary<string, TValue> FirstWins<TValue>(IEnumerable<(string Word, TValue Value)> pairs)
    {
        var map = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var (word, value) in pairs)
        {
            map.TryAdd(word, value);
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
