namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Dutch postcodes: four digits (not starting with 0) and two letters, with or without a space or
/// hyphen ("1234 ab", "1234AB", "1234-ab"). A year followed by a short word ("2026 om") is not one,
/// unless the message says "postcode"; SA, SD and SS are never issued.
/// </summary>
internal static class PostcodeFinder
{
    /// <summary>Writes the token index of each postcode's digits into <paramref name="found"/>; returns the count.</summary>
    public static int FindAll(TokenizedText t, Span<int> found)
    {
        var n = 0;
        for (var i = 0; i < t.Count && n < found.Length; i++)
        {
            if (At(t, i) is not null)
            {
                found[n++] = i;
            }
        }

        return n;
    }

    /// <summary>The normalised postcode starting at token <paramref name="i"/>, or null.</summary>
    public static string? At(TokenizedText t, int i)
    {
        if (!t.IsNumber(i) || t[i].Length != 4 || t.Surface(i)[0] == '0' || (t.IsNumber(i - 1) && t.Touches(i - 1)))
        {
            return null;
        }

        var letters = i + 1;
        var glued = t.Touches(i);
        if (t.IsPunct(letters, '-') && t.Touches(i) && t.Touches(letters))
        {
            letters++;
            glued = true;
        }

        if (t.IsWord(letters) && t[letters].Length == 1 && t.IsWord(letters + 1) && t[letters + 1].Length == 1 && (SaysPostcode(t, i) || WrittenUpper(t, letters, 1)))
        {
            // "3512 J K": the letters spelled out one by one.
            return Normalise(t.Surface(i), t.Surface(letters)[0], t.Surface(letters + 1)[0]);
        }

        if ((uint)letters >= (uint)t.Count || t[letters].Kind != TokenKind.Word || t[letters].Length != 2)
        {
            return null;
        }

        var pair = t.Surface(letters);
        if (!char.IsAsciiLetterLower(pair[0]) || !char.IsAsciiLetterLower(pair[1]) || pair is "sa" or "sd" or "ss")
        {
            return null;
        }

        if (t.Touches(letters) && (uint)(letters + 1) < (uint)t.Count && t[letters + 1].Kind is TokenKind.Word or TokenKind.Number)
        {
            return null;
        }

        if (!glued && IsCommonWord(pair) && !SaysPostcode(t, i) && !WrittenUpper(t, letters, 2))
        {
            return null;
        }

        if (CalendarWords.Months.ContainsKey(t.W(i - 1)) && !SaysPostcode(t, i))
        {
            return null;
        }

        return Normalise(t.Surface(i), pair[0], pair[1]);
    }

    private static string? Normalise(ReadOnlySpan<char> digits, char first, char second)
    {
        if (!char.IsAsciiLetterLower(first) || !char.IsAsciiLetterLower(second) || (first == 's' && second is 'a' or 'd' or 's'))
        {
            return null;
        }

        Span<char> code = [digits[0], digits[1], digits[2], digits[3], char.ToUpperInvariant(first), char.ToUpperInvariant(second)];
        return new string(code);
    }

    private static bool SaysPostcode(TokenizedText t, int i) =>
        t.IsAny(i - 1, "postcode", "pc", "postcodes") || (t.IsPunct(i - 1, ':') && t.IsAny(i - 2, "postcode", "pc"));

    /// <summary>The postcode letters were typed as capitals ("1234 OM" is a postcode, "2026 om" is not).</summary>
    private static bool WrittenUpper(TokenizedText t, int letters, int count) =>
        count == 2
            ? IsUpperAt(t, t[letters].Start) && IsUpperAt(t, t[letters].Start + 1)
            : IsUpperAt(t, t[letters].Start) && IsUpperAt(t, t[letters + 1].Start);

    private static bool IsUpperAt(TokenizedText t, int position) => position < t.Original.Length && char.IsUpper(t.Original[position]);

    private static bool IsCommonWord(ReadOnlySpan<char> pair) => pair is "om" or "en" or "of" or "op" or "in" or "is" or "te" or "ik"
        or "de" or "ze" or "we" or "je" or "al" or "nu" or "ja" or "na" or "er" or "zo" or "ga" or "uw" or "ok" or "as" or "pp" or "eu"
        or "an" or "ma" or "di" or "wo" or "do" or "vr" or "za" or "mn" or "zn" or "hu" or "he" or "ho" or "tm";
}
