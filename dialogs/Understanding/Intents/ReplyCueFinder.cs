namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Finds stop ("stop", "afmelden", "geen berichten meer"), cancel ("laat maar", "annuleer",
/// "hoeft niet meer"), status ("is er al iemand gevonden", "hoe staat het met mijn vraag"),
/// menu ("help" alone, "menu", "wat kan ik vragen"), thanks, greetings and the first yes or no.
/// </summary>
internal static class ReplyCueFinder
{
    public static ReplyCues Find(TokenizedText t)
    {
        var stop = false;
        var cancelAt = -1;
        var statusAt = -1;
        var thanksAt = -1;
        var greetingAt = -1;
        for (var i = 0; i < t.Count; i++)
        {
            stop |= StopAndCancelCues.IsStop(t, i);
            if (cancelAt < 0 && StopAndCancelCues.IsCancel(t, i))
            {
                cancelAt = i;
            }

            if (statusAt < 0 && StatusCues.IsStatus(t, i))
            {
                statusAt = i;
            }
            if (thanksAt < 0 && IsThanks(t, i))
            {
                thanksAt = i;
            }

            if (greetingAt < 0 && IsGreeting(t, i))
            {
                greetingAt = i;
            }
        }

        var confirm = ConfirmFinder.Find(t);
        while (confirm is { } cue && IsPhoneOpener(t, cue.Index))
        {
            confirm = NextCue(t, cue.Index + 1);
        }

        var confirmAt = confirm?.Index ?? -1;

        return new ReplyCues(stop, cancelAt, statusAt, MenuCues.Menu(t), thanksAt, greetingAt, confirm?.Value, confirmAt);
    }

    public static (bool Value, int Index)? NextCue(TokenizedText t, int from)
    {
        for (var i = from; i < t.Count; i++)
        {
            if (ConfirmFinder.At(t, i) is { } value)
            {
                return (value, i);
            }
        }

        return null;
    }

    /// <summary>
    /// "Ja hallo, u spreekt met...", "ja goedemorgen", "Ja hallo? Ja. Met Henk.", "ja eh ik zoek eh...": a phone
    /// call's opening, or a hesitation before a whole message, not a yes.
    /// </summary>
    private static bool IsPhoneOpener(TokenizedText t, int i) =>
        t.Is(i, "ja") && (IsGreeting(t, i + 1) || t.IsPunct(i + 1, ',') && IsGreeting(t, i + 2) || t.Is(i + 1, "met") || (t.IsPunct(i + 1, '.') && t.Is(i + 2, "met"))
            || (t.Is(i + 1, "u") && t.Is(i + 2, "spreekt"))
            || IsGreeting(t, i - 1) || (t[i - 1].Kind == TokenKind.Punct && IsGreeting(t, i - 2))
            || (t.Is(i + 1, "dit") && t.Is(i + 2, "is"))
            || (t.HesitatesAfter(i) && t.WordCount() >= 7));

    private static bool IsThanks(TokenizedText t, int i)
    {
        if (t.IsSymbol(i, 0x1F64F))
        {
            return true;
        }

        var w = t.W(i);
        return w is "bedankt" or "dankjewel" || (w == "dank" && (t.IsAny(i + 1, "je", "u", "jullie", "wel", "voor", "u.") || i + 1 >= t.Count || t[i + 1].Kind != TokenKind.Word || t.IsAny(i - 1, "hartelijk", "veel", "heel", "alvast", "bij")));
    }

    private static bool IsGreeting(TokenizedText t, int i)
    {
        if (t.IsSymbol(i, 0x1F44B))
        {
            return true;
        }

        var w = t.W(i);
        return w is "hallo" or "goedemorgen" or "goedemiddag" or "goedenavond" or "goedendag" or "doei"
            || (w is "goede" or "goeie" && t.IsAny(i + 1, "morgen", "middag", "avond", "ochtend"))
            || (w is "dag" or "beste" && i == 0 && !t.IsNumber(i + 1))
            || (w == "tot" && t.IsAny(i + 1, "ziens", "later"));
    }
}
