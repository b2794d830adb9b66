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

        if (!glued && IsCommonWord(pair) && !SaysPostcode(t, i) && !WrittenUpper(t, letters))
        {
            return null;
        }

        if (CalendarWords.Months.ContainsKey(t.W(i - 1)) && !SaysPostcode(t, i))
        {
            return null;
        }

        return string.Create(6, (t.Surface(i).ToString(), pair[0], pair[1]), static (span, p) =>
        {
            p.Item1.AsSpan().CopyTo(span);
            span[4] = char.ToUpperInvariant(p.Item2);
            span[5] = char.ToUpperInvariant(p.Item3);
        });
    }

    private static bool SaysPostcode(TokenizedText t, int i) =>
        t.IsAny(i - 1, "postcode", "pc", "postcodes") || (t.IsPunct(i - 1, ':') && t.IsAny(i - 2, "postcode", "pc"));

    private static bool WrittenUpper(TokenizedText t, int letters)
    {
        var original = t.Original.AsSpan(t[letters].Start, 2);
        return char.IsUpper(original[0]) && char.IsUpper(original[1]);
    }

    private static bool IsCommonWord(ReadOnlySpan<char> pair) => pair is "om" or "en" or "of" or "op" or "in" or "is" or "te" or "ik"
        or "de" or "ze" or "we" or "je" or "al" or "nu" or "ja" or "na" or "er" or "zo" or "ga" or "uw" or "ok" or "as" or "pp" or "eu"
        or "an" or "ma" or "di" or "wo" or "do" or "vr" or "za" or "mn" or "zn" or "hu" or "he" or "ho" or "tm";
}
