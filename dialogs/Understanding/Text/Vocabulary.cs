using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Every word the recognisers know, and the way from what someone typed to that word: exactly,
/// as an inflection or spelling variant, as a typing error, or as the head of a compound.
/// </summary>
internal static class Vocabulary
{
    private const int MinHeadLength = 4;

    private static readonly FrozenDictionary<string, string> Map = BuildMap();
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Map.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Nouns = ItemWords.All
        .Concat(MealWords.MealNouns).Concat(MealWords.Dishes).Concat(CategoryWords.All.Keys)
        .Concat(RelationWords.All.Keys).Concat(DietWords.Avoided.Keys).Concat(["portie", "persoon"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Common = CommonWords.All.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Items = ItemWords.All.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FuzzyIndex Fuzzy = new(Map.Keys.ToArray(), w => !Common.Contains(w), w => Map[w]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Confusables =
        ConfusableWords.All.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The word a typo correction would make of <paramref name="word"/>, ignoring the list of real words; for building that list.</summary>
    internal static string? TypoTarget(string word)
    {
        if (Lookup.ContainsKey(word) || word.Length > 40)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[word.Length * 2 + 2];
        if (TryVariants(word, buffer, out _) || TrySingular(word, buffer, out _))
        {
            return null;
        }

        return Fuzzy.Find(word) is { } corrected ? Map[corrected] : null;
    }

    /// <summary>Resolves a lower-case, diacritic-free word.</summary>
    public static WordResolution Resolve(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var exact))
        {
            return new WordResolution(exact, WordMatch.Exact, 0);
        }

        if (word.Length < 3 || word.Length > 40)
        {
            return default;
        }

        Span<char> buffer = stackalloc char[word.Length * 2 + 2];
        if (TryVariants(word, buffer, out var variant))
        {
            return new WordResolution(variant, WordMatch.Variant, 0);
        }

        if (TrySingular(word, buffer, out var singular))
        {
            return new WordResolution(singular, WordMatch.Variant, 0);
        }

        var corrected = Confusables.Contains(word) ? null : Fuzzy.Find(word);
        if (corrected is not null)
        {
            return new WordResolution(Map[corrected], WordMatch.Fuzzy, 0);
        }

        for (var start = 2; start <= word.Length - MinHeadLength + (word.Length >= 8 ? 1 : 0); start++)
        {
            var head = word[start..];
            if (head.Length < MinHeadLength && (start < 5 || !Items.Contains(head)))
            {
                continue;
            }

            if (Lookup.TryGetValue(head, out var known) && Nouns.Contains(known))
            {
                return new WordResolution(known, WordMatch.Compound, start);
            }

            if (TrySingular(head, buffer, out var headSingular))
            {
                return new WordResolution(headSingular, WordMatch.Compound, start);
            }
        }

        return default;
    }

    /// <summary>Resolves a word only as written or as a spelling variant: no typo correction, no compounds.</summary>
    public static WordResolution ResolveExact(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var exact))
        {
            return new WordResolution(exact, WordMatch.Exact, 0);
        }

        if (word.Length < 3 || word.Length > 40)
        {
            return default;
        }

        Span<char> buffer = stackalloc char[word.Length * 2 + 2];
        return TryVariants(word, buffer, out var variant) ? new WordResolution(variant, WordMatch.Variant, 0) : default;
    }

    /// <summary>True when the word is a listed noun (item, dish, place, relation...).</summary>
    public static bool IsNoun(string word) => Nouns.Contains(word);

    private static bool TryVariants(ReadOnlySpan<char> word, Span<char> buffer, out string found)
    {
        found = "";
        var length = CollapseRuns(word, buffer, 2);
        if (length < word.Length && (Lookup.TryGetValue(buffer[..length], out found!) ||
            Lookup.TryGetValue(buffer[..CollapseRuns(word, buffer, 1)], out found!)))
        {
            return true;
        }

        if (word.Contains('y'))
        {
            var n = 0;
            foreach (var c in word)
            {
                if (c == 'y')
                {
                    buffer[n++] = 'i';
                    buffer[n++] = 'j';
                }
                else
                {
                    buffer[n++] = c;
                }
            }

            if (Lookup.TryGetValue(buffer[..n], out found!))
            {
                return true;
            }

            // "wynig", "vrydag": y for ei as well as for ij.
            n = 0;
            foreach (var c in word)
            {
                if (c == 'y')
                {
                    buffer[n++] = 'e';
                    buffer[n++] = 'i';
                }
                else
                {
                    buffer[n++] = c;
                }
            }

            if (Lookup.TryGetValue(buffer[..n], out found!))
            {
                return true;
            }
        }

        var apostrophe = word.IndexOf('\'');
        if (apostrophe > 0 && Lookup.TryGetValue(word[..apostrophe], out found!))
        {
            return true;
        }

        found = "";
        return false;
    }

    private static bool TrySingular(ReadOnlySpan<char> word, Span<char> buffer, out string found)
    {
        for (var k = 0; k < DutchSingularizer.CandidateCount; k++)
        {
            if (DutchSingularizer.Candidate(word, k, buffer, out var length) && length >= 3 &&
                Lookup.TryGetValue(buffer[..length], out var known) && Nouns.Contains(known))
            {
                found = known;
                return true;
            }
        }

        found = "";
        return false;
    }

    private static int CollapseRuns(ReadOnlySpan<char> word, Span<char> buffer, int maxRun)
    {
        var n = 0;
        var run = 0;
        for (var i = 0; i < word.Length; i++)
        {
            run = i > 0 && word[i] == word[i - 1] ? run + 1 : 1;
            if (run <= maxRun)
            {
                buffer[n++] = word[i];
            }
        }

        return n;
    }

    private static FrozenDictionary<string, string> BuildMap()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string surface, string canonical) => map.TryAdd(surface, canonical);
        void AddAll(IEnumerable<string> words)
        {
            foreach (var w in words)
            {
                Add(w, w);
            }
        }

        foreach (var (surface, canonical) in WordForms.All)
        {
            Add(surface, canonical);
        }

        foreach (var (surface, canonical) in CalendarWords.Recurring)
        {
            Add(surface, canonical);
        }

        AddAll(CalendarWords.Weekdays.Keys);
        AddAll(CalendarWords.WeekdayAbbreviations.Keys);
        AddAll(CalendarWords.Months.Keys);
        AddAll(NumberWords.Cardinals.Keys);
        AddAll(NumberWords.Collectives.Keys);
        AddAll(NumberWords.Ordinals.Keys);
        AddAll(ItemWords.All);
        AddAll(MealWords.MealNouns);
        AddAll(MealWords.Dishes);
        AddAll(CategoryWords.All.Keys);
        AddAll(DietWords.Positive.Keys);
        AddAll(DietWords.Avoided.Keys);
        AddAll(DietWords.NoWishes);
        AddAll(RelationWords.All.Keys);
        AddAll(IntentWords.All);
        AddAll(CommonWords.All);
        AddAll(["'s", "'t", "'n"]);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
