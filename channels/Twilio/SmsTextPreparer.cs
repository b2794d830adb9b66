using System.Text;

namespace BuurtBot.Channels.Twilio;

/// <summary>
/// Makes a Dutch bot message SMS-friendly, keeping it in GSM-7 (160 per SMS instead of 70) where that costs
/// nothing a Dutch reader would miss: typographic quotes, dashes, ellipses and odd spaces become their plain
/// forms, emoji go (a smiley becomes ":)"), runs of spaces collapse. Dutch letters GSM-7 lacks (ë ï ê ç á ó ú ĳ)
/// become their plain forms ("ideeen", "Belgie", as Dutch people text) only when the whole message then fits
/// GSM-7; if something else forces UCS-2 anyway (a name like Şahin, a °), the accents stay. Words are never cut.
/// </summary>
public static class SmsTextPreparer
{
    private static readonly Dictionary<Rune, string> Punctuation = new()
    {
        [new Rune('\u2018')] = "'", [new Rune('\u2019')] = "'", [new Rune('\u201A')] = "'", [new Rune('\u201B')] = "'",
        [new Rune('\u2032')] = "'", [new Rune('`')] = "'", [new Rune('\u00B4')] = "'",
        [new Rune('\u201C')] = "\"", [new Rune('\u201D')] = "\"", [new Rune('\u201E')] = "\"", [new Rune('\u201F')] = "\"",
        [new Rune('\u2033')] = "\"", [new Rune('\u00AB')] = "\"", [new Rune('\u00BB')] = "\"",
        [new Rune('\u2010')] = "-", [new Rune('\u2011')] = "-", [new Rune('\u2012')] = "-", [new Rune('\u2013')] = "-",
        [new Rune('\u2014')] = "-", [new Rune('\u2015')] = "-", [new Rune('\u2212')] = "-", [new Rune('\u2022')] = "-",
        [new Rune('\u2026')] = "...",
        [new Rune('\t')] = " ",
    };

    /// <summary>
    /// Letters of Dutch (and the French loanwords it uses) that GSM-7 lacks, with the plain form Dutch people
    /// type. Deliberately not every accented letter: names from other languages (Şahin, Łódź) stay intact.
    /// </summary>
    private static readonly Dictionary<char, string> DutchLetters = new()
    {
        ['á'] = "a", ['â'] = "a", ['ç'] = "c", ['ê'] = "e", ['ë'] = "e", ['í'] = "i", ['î'] = "i", ['ï'] = "i",
        ['ó'] = "o", ['ô'] = "o", ['ú'] = "u", ['û'] = "u", ['ý'] = "y", ['ÿ'] = "y", ['ĳ'] = "ij", ['œ'] = "oe",
        ['Á'] = "A", ['À'] = "A", ['Â'] = "A", ['È'] = "E", ['Ê'] = "E", ['Ë'] = "E", ['Í'] = "I", ['Ì'] = "I", ['Î'] = "I",
        ['Ï'] = "I", ['Ó'] = "O", ['Ò'] = "O", ['Ô'] = "O", ['Ú'] = "U", ['Ù'] = "U", ['Û'] = "U", ['Ý'] = "Y", ['Ĳ'] = "IJ", ['Œ'] = "OE",
    };

    private static readonly HashSet<int> Smileys = [0x1F642, 0x1F60A, 0x1F600, 0x1F603, 0x1F604, 0x1F601, 0x263A];

    public static string Prepare(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = Collapse(Simplify(text, foldLetters: false));
        if (SmsText.IsGsm7(plain))
        {
            return plain;
        }

        var folded = Collapse(Simplify(text, foldLetters: true));
        return SmsText.IsGsm7(folded) ? folded : plain;
    }

    private static string Simplify(string text, bool foldLetters)
    {
        var builder = new StringBuilder(text.Length);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (Punctuation.TryGetValue(rune, out var replacement))
            {
                builder.Append(replacement);
            }
            else if (Smileys.Contains(rune.Value))
            {
                builder.Append(":)");
            }
            else if (IsSpace(rune))
            {
                builder.Append(' ');
            }
            else if (IsEmojiPart(rune))
            {
                // dropped: pictographs, flags, skin tones, variation selectors, joiners, keycaps
            }
            else if (foldLetters && rune.IsBmp && DutchLetters.TryGetValue((char)rune.Value, out var plainLetter))
            {
                builder.Append(plainLetter);
            }
            else
            {
                builder.Append(rune.ToString());
            }
        }

        return builder.ToString();
    }

    /// <summary>One space between words, none at line ends or at the ends of the text; newlines kept.</summary>
    private static string Collapse(string text)
    {
        var lines = text.Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        return string.Join('\n', lines).Trim('\n');
    }

    private static bool IsSpace(Rune rune) =>
        rune.Value is 0x00A0 or 0x2007 or 0x202F or (>= 0x2000 and <= 0x200A) or 0x205F or 0x3000;

    private static bool IsEmojiPart(Rune rune) =>
        rune.Value is 0x200B or 0x200C or 0x200D or 0x2060 or 0xFEFF or 0xFE0E or 0xFE0F or 0x20E3
        || rune.Value is >= 0x1F000 and <= 0x1FAFF // pictographs, emoticons, transport, flags, skin tones
        || rune.Value is >= 0x2600 and <= 0x27BF // miscellaneous symbols and dingbats (☀ ✅ ✔ ❤)
        || rune.Value is >= 0x2B00 and <= 0x2BFF // arrows and stars (⭐ ⬆)
        || rune.Value is >= 0xE0020 and <= 0xE007F; // tag characters (subdivision flags)
}
