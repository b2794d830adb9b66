namespace BuurtBot.Dialogs.Understanding;

/// <summary>A thing of the sender's that misbehaves ("mijn printer doet het niet meer"): a request for help, not a loan.</summary>
internal static class Breakdowns
{
    /// <summary>"doet het niet (meer)", "doet raar", "wil niet aan", "loopt vast", "geeft een foutmelding", "maakt een raar geluid".</summary>
    public static bool Misbehaves(TokenizedText t, int i) => t.W(i) switch
    {
        "doet" => (t.Is(i + 1, "het") && t.Near(i, 0, 3, "niet")) || t.IsAny(i + 1, "raar", "vreemd", "gek", "moeilijk", "vaag", "stom", "lastig", "raars", "vreemds", "niks", "niets")
            || (t.IsAny(i + 1, "steeds", "ineens", "opeens", "nu") && t.IsAny(i + 2, "raar", "vreemd", "gek", "moeilijk")),
        "werkt" => t.Near(i, 0, 3, "niet", "nooit") || t.IsAny(i + 1, "raar", "slecht", "traag"),
        "wil" => t.Is(i + 1, "niet") && t.IsAny(i + 2, "aan", "meer", "opstarten", "starten", "open", "dicht", "werken", "printen", "verbinden", "laden"),
        "loopt" or "hangt" => t.Near(i, 0, 3, "vast"),
        "maken" => t.Surface(i) is "maakt" && t.Near(i, 0, 4, "geluid", "geluiden", "lawaai", "herrie", "kabaal"),
        "geven" => t.Surface(i) is "geeft" && t.Near(i, 0, 3, "foutmelding", "foutmeldingen", "melding", "meldingen", "storing", "error"),
        _ => false,
    };

    /// <summary>"mijn printer doet...", "de kraan lekt", "onze oude tv wil niet": the sender's thing, not "de grasmaaier van de buren".</summary>
    public static bool OwnThingBefore(TokenizedText t, int verb)
    {
        var own = false;
        for (var j = verb - 1; j >= Math.Max(0, verb - 6) && t[j].Kind == TokenKind.Word; j--)
        {
            if (t.IsAny(j, "van", "bij") && !t.IsAny(j + 1, "mijn", "m'n", "onze", "ons"))
            {
                // "de grasmaaier van de buren maakt lawaai"; but "de laptop van mijn vader" is the family's.
                return false;
            }

            own |= t.IsAny(j, "mijn", "m'n", "onze", "ons", "de", "het");
        }

        return own;
    }

    /// <summary>"mijn grasmaaier doet het niet meer", "onze wasmachine is kapot": a thing of the sender's that needs mending, not one to borrow.</summary>
    public static bool BrokenOwnThing(TokenizedText t, int i)
    {
        if (!(t.IsAny(i - 1, "mijn", "m'n", "onze", "ons") || (t.IsAny(i - 2, "mijn", "m'n", "onze", "ons") && t.IsWord(i - 1))))
        {
            return false;
        }

        for (var j = i + 1; j <= Math.Min(t.Count - 1, i + 6) && t[j].Kind == TokenKind.Word; j++)
        {
            if (t.IsAny(j, "kapot", "stuk", "lekt", "defect", "verstopt") || Misbehaves(t, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"mijn printer print ...", "de laptop geeft ...": the sender's device right before.</summary>
    public static bool DeviceBefore(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            if ((ItemWords.All.Contains(t.W(j)) || (CategoryWords.All.TryGetValue(t.W(j), out var e) && e.Category == HelpCategory.Digital)) && OwnThingBefore(t, j + 1))
            {
                return true;
            }
        }

        return false;
    }
}
