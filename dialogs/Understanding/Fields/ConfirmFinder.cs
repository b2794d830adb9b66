namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds the first yes or no in a message: "ja", "ja hoor", "prima", "is goed", "doe maar", "👍";
/// "nee", "liever niet", "helaas", "kan niet", "👎". Negation turns a yes into a no ("niet goed",
/// "klopt niet"); "geen probleem" is a yes.
/// </summary>
internal static class ConfirmFinder
{
    /// <summary>
    /// True for the words that say yes or no by themselves ("ja", "nee", "oké", "prima", "helaas", 👍);
    /// false for words that only do so in a short reply ("graag", "goed", "kan", "mag").
    /// </summary>
    public static bool IsStrong(TokenizedText t, int i) =>
        t[i].Kind == TokenKind.Symbol || t.IsAny(i, "ja", "jawel", "jazeker", "yes", "jep", "jup", "yep", "nee", "nope", "no", "oke", "prima",
            "akkoord", "afgesproken", "helaas", "top", "prima", "perfect", "klopt", "correct", "deal", "tuurlijk", "absoluut")
        || (i <= 1 && t.IsAny(i, "kan", "kun", "lukt", "gaat") && At(t, i) == false);

    /// <summary>The first yes/no cue: its polarity and token index.</summary>
    public static (bool Value, int Index)? Find(TokenizedText t, int maxIndex = int.MaxValue)
    {
        var end = Math.Min(t.Count, maxIndex);
        for (var i = 0; i < end; i++)
        {
            if (At(t, i) is { } value)
            {
                return (value, i);
            }
        }

        return null;
    }

    public static bool? At(TokenizedText t, int i)
    {
        if (t[i].Kind == TokenKind.Symbol)
        {
            return t[i].Value switch
            {
                0x1F44D or 0x1F44C or 0x2705 or 0x2714 or 0x2611 or 0x1F197 => true,
                0x1F44E or 0x274C or 0x2716 or 0x26D4 or 0x1F6AB => false,
                _ => null,
            };
        }

        var w = t.W(i);
        switch (w)
        {
            case "ja" or "jawel" or "jazeker" or "yes" or "jep" or "jup" or "yep" or "jaja" or "absoluut" or "tuurlijk" or "natuurlijk" or "sure":
                return !t.Is(i + 1, "niet");
            case "nee" or "nope" or "no" or "nooit":
                return false;
            case "helaas" or "jammer" or "verhinderd":
                return false;
            case "oke" or "prima" or "akkoord" or "afgesproken" or "correct" or "precies" or "top" or "super" or "perfect"
                or "prachtig" or "uitstekend" or "goed" or "klopt" or "fijn" or "mooi" or "graag" or "zeker" or "lijkt" or "deal":
                return Positive(t, i, w);
            case "doe" when t.Is(i + 1, "maar"):
                return true;
            case "liever" when t.IsAny(i + 1, "niet", "anders") || (t.Is(i + 1, "een") && t.IsAny(i + 2, "andere", "ander")):
                return false;
            case "kan" or "kun" or "gaat" or "lukt" or "past" or "mag" or "schikt":
                return Modal(t, i);
            case "geen":
                return t.IsAny(i + 1, "probleem", "punt", "bezwaar") ? true
                    : t.IsAny(i + 1, "tijd", "behoefte", "interesse", "zin") ? false : null;
            case "niet" when t.Count <= 2:
                return false;
            case "maakt" when t.Is(i + 1, "niet") && t.Is(i + 2, "uit"):
                return true;
        }

        return null;
    }

    private static bool? Positive(TokenizedText t, int i, string w)
    {
        if (t.IsAny(i - 1, "niet", "geen") || t.Is(i + 1, "niet") && !t.IsAny(i + 2, "erg", "uit"))
        {
            return false;
        }

        if (w is "lijkt")
        {
            return t.IsAny(i + 2, "goed", "prima", "fijn", "leuk") ? true : null;
        }

        if (w is "graag" && i > 0 && !t.IsAny(i - 1, "ja", "heel", "erg", "zeer", "maar", "dan", "oke", "ok", "prima", "ja,"))
        {
            // "brengen graag", "lactosevrij graag": please, not yes.
            return t.IsPunct(i - 1, ',') && t.IsAny(i - 2, "ja", "oke", "prima") ? true : null;
        }

        // "goed", "mooi", "fijn" answer yes at the start or after "is", "klinkt", "heel"; not in "wat een mooi initiatief".
        return w is "goed" or "mooi" or "fijn" && i > 0 && !t.IsAny(i - 1, "is", "heel", "ook", "prima", "klinkt", "helemaal", "dat", "erg", "ja", "oke", "zeer") ? null : true;
    }

    /// <summary>"dat kan", "kan wel", "gaat goed" are a yes; "kan niet", "lukt me niet" a no.</summary>
    private static bool? Modal(TokenizedText t, int i)
    {
        for (var j = i + 1; j <= i + 3 && j < t.Count; j++)
        {
            if (t.Is(j, "niet"))
            {
                return false;
            }

            if (t.IsAny(j, "wel", "prima", "goed", "ook", "best"))
            {
                return true;
            }

            if (t[j].Kind != TokenKind.Word || t.IsAny(j, "iemand", "u", "jij", "je", "jullie", "er"))
            {
                break;
            }
        }

        return t.Is(i - 1, "dat") && (i + 1 >= t.Count || t[i + 1].Kind != TokenKind.Word) ? true : null;
    }
}
