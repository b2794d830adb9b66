using System.Collections.Frozen;
using System.Text;

namespace BuurtBot.Dialogs.Safety;

/// <summary>
/// An immutable word list that forgives the spelling of people typing on a phone or speaking to one: "gevalle",
/// "pyn", "heeeelp", "bewustloos". A word is compared by its skeleton (lower case, "ij" as "y", a final "d"/"dt"
/// as "t", doubled letters once), and chosen long words also within one edit (a swap counts as one).
/// Shared by the recognisers in Safety, Offers and Requests; pure and thread-safe.
/// </summary>
internal sealed class FuzzyLexicon
{
    private readonly FrozenDictionary<string, string> exact;
    private readonly FrozenDictionary<string, string> bySkeleton;
    private readonly (string Skeleton, string Word)[] fuzzy;
    private readonly FrozenSet<string> protectedWords;

    /// <param name="words">The correct spellings, found also by skeleton ("gevalle", "pyn").</param>
    /// <param name="fuzzyWords">Long, distinctive words found also within one edit ("bewustloos"); added to the words.</param>
    /// <param name="variants">Misspellings that neither finds ("luch" -> "lucht").</param>
    /// <param name="protectedWords">Real words that must never be corrected ("bevallen" is not "gevallen").</param>
    public FuzzyLexicon(IEnumerable<string> words, IEnumerable<string>? fuzzyWords = null,
        IReadOnlyDictionary<string, string>? variants = null, IEnumerable<string>? protectedWords = null)
    {
        var longWords = (fuzzyWords ?? []).ToList();
        var list = words.Concat(longWords).Distinct(StringComparer.Ordinal).ToList();
        var all = list.ToDictionary(w => w, w => w, StringComparer.Ordinal);
        foreach (var (variant, word) in variants ?? FrozenDictionary<string, string>.Empty)
        {
            all.TryAdd(variant, word);
        }

        exact = all.ToFrozenDictionary(StringComparer.Ordinal);
        var skeletons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in list)
        {
            skeletons.TryAdd(Skeleton(word), word);
        }

        bySkeleton = skeletons.ToFrozenDictionary(StringComparer.Ordinal);
        fuzzy = longWords.Select(w => (Skeleton(w), w)).Where(p => p.Item1.Length >= 5).ToArray();
        this.protectedWords = (protectedWords ?? []).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The lexicon word <paramref name="word"/> (lower case, no accents) stands for, or null.</summary>
    public string? Find(string word)
    {
        if (word.Length is 0 or > 40)
        {
            return null;
        }

        if (exact.TryGetValue(word, out var found))
        {
            return found;
        }

        if (protectedWords.Contains(word))
        {
            return null;
        }

        var skeleton = Skeleton(word);
        if (bySkeleton.TryGetValue(skeleton, out found))
        {
            return found;
        }

        if (skeleton.Length < 5)
        {
            return null;
        }

        foreach (var (candidate, lexiconWord) in fuzzy)
        {
            if (Math.Abs(candidate.Length - skeleton.Length) <= 1 && WithinOneEdit(skeleton, candidate))
            {
                return lexiconWord;
            }
        }

        return null;
    }

    /// <summary>Lower case, "ij"/"ei"-sound as "y", final "d" and "dt" as "t", runs of one letter once.</summary>
    public static string Skeleton(string word)
    {
        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var c = char.ToLowerInvariant(word[i]);
            if (c == 'i' && i + 1 < word.Length && char.ToLowerInvariant(word[i + 1]) == 'j')
            {
                c = 'y';
                i++;
            }

            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        if (builder.Length > 2 && builder[^1] == 't' && builder[^2] == 'd')
        {
            builder.Length--;
        }

        if (builder.Length > 2 && builder[^1] == 'd')
        {
            builder[^1] = 't';
        }

        return builder.ToString();
    }

    /// <summary>True when one substitution, insertion, deletion or swap of neighbours turns a into b.</summary>
    private static bool WithinOneEdit(string a, string b)
    {
        if (a.Length > b.Length)
        {
            (a, b) = (b, a);
        }

        var start = 0;
        while (start < a.Length && a[start] == b[start])
        {
            start++;
        }

        if (start == a.Length)
        {
            return b.Length - a.Length <= 1;
        }

        if (a.Length == b.Length)
        {
            var rest = a.AsSpan(start + 1).SequenceEqual(b.AsSpan(start + 1));
            var swapped = start + 1 < a.Length && a[start] == b[start + 1] && a[start + 1] == b[start]
                && a.AsSpan(start + 2).SequenceEqual(b.AsSpan(start + 2));
            return rest || swapped;
        }

        return a.AsSpan(start).SequenceEqual(b.AsSpan(start + 1));
    }
}
