using System.Text;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// SMS length rules (CONTRACT §13): GSM-7 (160, then 153 per part; € [ ] { } \ ^ ~ | count 2) unless any
/// character is outside it, then UCS-2 (70, then 67 UTF-16 code units per part). A part never splits an
/// escape pair or a surrogate pair, as phones and carriers pack them.
/// </summary>
public static class SmsText
{
    public static bool IsGsm7(string text) => text.All(Gsm7Alphabet.Contains);

    public static SmsLength Measure(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return IsGsm7(text) ? MeasureGsm7(text) : MeasureUcs2(text);
    }

    /// <summary>
    /// Shortens to at most <paramref name="maxSegments"/> parts, cutting at a word boundary and adding "...";
    /// text that already fits is returned unchanged. A single word longer than the room is the one case where
    /// a word is cut, since otherwise nothing could be sent.
    /// </summary>
    public static string Truncate(string text, int maxSegments)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        if (Measure(text).Segments <= maxSegments)
        {
            return text;
        }

        const string Ellipsis = "...";
        var cut = text.Length;
        while (cut > 0)
        {
            // Step back to the previous word boundary (white space), then drop the trailing spaces.
            cut = text.LastIndexOfAny([' ', '\n', '\t'], cut - 1);
            if (cut <= 0)
            {
                break;
            }

            var candidate = text[..cut].TrimEnd() + Ellipsis;
            if (Measure(candidate).Segments <= maxSegments)
            {
                return candidate;
            }
        }

        // One enormous word: cut it by characters (never splitting a surrogate pair).
        for (var length = text.Length - 1; length > 0; length--)
        {
            if (char.IsLowSurrogate(text[length]))
            {
                continue;
            }

            var candidate = text[..length] + Ellipsis;
            if (Measure(candidate).Segments <= maxSegments)
            {
                return candidate;
            }
        }

        return Ellipsis;
    }

    private static SmsLength MeasureGsm7(string text)
    {
        var units = text.Sum(Gsm7Alphabet.Septets);
        if (units <= 160)
        {
            return new SmsLength(SmsEncoding.Gsm7, units, 1);
        }

        var segments = 1;
        var used = 0;
        foreach (var c in text)
        {
            var size = Gsm7Alphabet.Septets(c);
            if (used + size > 153)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return new SmsLength(SmsEncoding.Gsm7, units, segments);
    }

    private static SmsLength MeasureUcs2(string text)
    {
        if (text.Length <= 70)
        {
            return new SmsLength(SmsEncoding.Ucs2, text.Length, 1);
        }

        var segments = 1;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var size = rune.Utf16SequenceLength;
            if (used + size > 67)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return new SmsLength(SmsEncoding.Ucs2, text.Length, segments);
    }
}
