using System.Collections.Frozen;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Dutch plural and diminutive forms back to the singular: a short list of irregular plurals plus
/// the spelling rules (-s, -'s, -en with vowel and consonant doubling, f/v and s/z, -je/-tje/-pje/-etje).
/// <see cref="Candidate"/> lists the possible singulars in order so that a lexicon can pick the one it knows.
/// </summary>
internal static class DutchSingularizer
{
    public const int CandidateCount = 10;

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Irregular =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["kinderen"] = "kind", ["eieren"] = "ei", ["bladeren"] = "blad", ["steden"] = "stad",
            ["schepen"] = "schip", ["dagen"] = "dag", ["wegen"] = "weg", ["gaten"] = "gat", ["paden"] = "pad",
            ["vaten"] = "vat", ["glazen"] = "glas", ["baden"] = "bad", ["leden"] = "lid", ["spelen"] = "spel",
            ["spellen"] = "spel", ["lammeren"] = "lam", ["kalveren"] = "kalf", ["hoeven"] = "hoef",
            ["koeien"] = "koe", ["schoenen"] = "schoen", ["tralies"] = "tralie", ["bedden"] = "bed",
            ["slagen"] = "slag", ["hertogen"] = "hertog", ["oorlogen"] = "oorlog", ["spaken"] = "spaak",
            ["kleren"] = "kleding", ["mensen"] = "mens", ["personen"] = "persoon", ["stukken"] = "stuk",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Writes the k-th singular candidate of <paramref name="word"/> into <paramref name="buffer"/>;
    /// false when that rule does not apply. Candidates come most likely first.
    /// </summary>
    public static bool Candidate(ReadOnlySpan<char> word, int k, Span<char> buffer, out int length)
    {
        length = 0;
        if (word.Length < 4 || buffer.Length < word.Length + 1)
        {
            return false;
        }

        switch (k)
        {
            case 0:
                if (Irregular.TryGetValue(word, out var singular))
                {
                    return Write(singular, buffer, out length);
                }

                return false;
            case 1:
                return word.EndsWith("'s") && Write(word[..^2], buffer, out length);
            case 2:
                return word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("'s") && Write(word[..^1], buffer, out length);
            case 3:
                return word.EndsWith("en") && Undoubled(word[..^2], buffer, out length);
            case 4:
                return word.EndsWith("en") && LongVowel(word[..^2], buffer, out length);
            case 5:
                return word.EndsWith("en") && !word.EndsWith("een") && Write(word[..^2], buffer, out length);
            case 6:
                return word.EndsWith("en") && VoicedToVoiceless(word[..^2], buffer, out length);
            case 7:
                return Diminutive(word.EndsWith("jes") ? word[..^1] : word, buffer, out length, strict: true);
            case 8:
                return Diminutive(word.EndsWith("jes") ? word[..^1] : word, buffer, out length, strict: false);
            case 9:
                return word.EndsWith("eren") && Write(word[..^4], buffer, out length);
            default:
                return false;
        }
    }

    /// <summary>The most likely singular by the rules alone, for a word no lexicon knows.</summary>
    public static string Guess(string word)
    {
        Span<char> buffer = stackalloc char[word.Length + 1];
        foreach (var k in GuessOrder)
        {
            if (Candidate(word, k, buffer, out var length) && length >= 3)
            {
                return new string(buffer[..length]);
            }
        }

        return word;
    }

    private static readonly int[] GuessOrder = [0, 1, 7, 3, 4, 2, 5];

    private static bool Write(ReadOnlySpan<char> value, Span<char> buffer, out int length)
    {
        value.CopyTo(buffer);
        length = value.Length;
        return length >= 2;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool Undoubled(ReadOnlySpan<char> stem, Span<char> buffer, out int length)
    {
        length = 0;
        if (stem.Length < 3 || stem[^1] != stem[^2] || IsVowel(stem[^1]))
        {
            return false;
        }

        return Write(stem[..^1], buffer, out length);
    }

    private static bool LongVowel(ReadOnlySpan<char> stem, Span<char> buffer, out int length)
    {
        length = 0;
        if (stem.Length < 3 || IsVowel(stem[^1]) || !IsVowel(stem[^2]) || IsVowel(stem[^3]) || stem[^2] is 'i' or 'y')
        {
            return false;
        }

        var consonant = stem[^1] switch { 'v' => 'f', 'z' => 's', var c => c };
        stem[..^1].CopyTo(buffer);
        buffer[stem.Length - 1] = stem[^2];
        buffer[stem.Length] = consonant;
        length = stem.Length + 1;
        return true;
    }

    private static bool VoicedToVoiceless(ReadOnlySpan<char> stem, Span<char> buffer, out int length)
    {
        length = 0;
        if (stem.Length < 3 || stem[^1] is not ('v' or 'z'))
        {
            return false;
        }

        stem.CopyTo(buffer);
        buffer[stem.Length - 1] = stem[^1] == 'v' ? 'f' : 's';
        length = stem.Length;
        return true;
    }

    private static bool Diminutive(ReadOnlySpan<char> word, Span<char> buffer, out int length, bool strict)
    {
        length = 0;
        if (!word.EndsWith("je") || word.Length < 5)
        {
            return false;
        }

        if (word.EndsWith("etje") && word.Length > 6 && word[^5] == word[^6] && !IsVowel(word[^5]))
        {
            return Write(word[..^5], buffer, out length);
        }

        if (strict)
        {
            return (word.EndsWith("tje") || word.EndsWith("pje")) && Write(word[..^3], buffer, out length);
        }

        return Write(word[..^2], buffer, out length);
    }
}
