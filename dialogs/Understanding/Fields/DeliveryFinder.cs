namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Whether the meal or thing must be brought (true: "brengen", "thuisbezorgd", "kan niet lopen",
/// "kan het niet ophalen") or is picked up (false: "ophalen", "kom het halen", "af te halen").
/// Both said as alternatives ("ophalen of brengen") gives null.
/// </summary>
internal static class DeliveryFinder
{
    public static bool? Find(TokenizedText t)
    {
        bool? first = null;
        var bring = false;
        var pickUp = false;
        for (var i = 0; i < t.Count; i++)
        {
            var cue = At(t, i);
            if (cue is null)
            {
                continue;
            }

            first ??= cue;
            bring |= cue.Value;
            pickUp |= !cue.Value;
        }

        if (bring && pickUp)
        {
            return AlternativesOffered(t) ? null : first;
        }

        return first;
    }

    private static bool? At(TokenizedText t, int i)
    {
        var w = t.W(i);
        switch (w)
        {
            case "bezorgen" or "langsbrengen":
                return !IsNegated(t, i);
            case "brengen" when !HasNear(t, i, 5, "terug", "terugbrengen") && !t.Is(i - 1, "terug"):
                return IsNegated(t, i) ? (t.IsAny(i - 1, "hoeft", "hoeven") || HasNear(t, i, 3, "hoeft", "hoeven") ? false : null) : true;
            case "ophalen" or "afhalen" or "halen" when t.IsAny(i - 1, "eraf", "eruit", "weg", "binnen", "buiten", "erin", "eronder", "van"):
                // "kerstverlichting eraf halen", "haal mij van de lijst": no pick-up.
                return null;
            case "ophalen" or "afhalen" or "halen":
                if (w == "halen" && t.Is(i - 1, "te") && t.Is(i - 2, "af"))
                {
                    return false;
                }

                return IsNegated(t, i) ? true : PickedUpBySender(t, i) ? false : null;
            case "lopen" or "ter" or "deur" or "huis" when CannotGoOut(t, i):
                return true;
            case "huis" when t.Is(i - 1, "aan"):
                return true;
            case "afleveren" or "geleverd" or "leveren":
                return true;
        }

        return null;
    }

    /// <summary>Pick-up said by the one who will come ("ik kom het halen") or offered ("af te halen", "ophalen bij mij").</summary>
    private static bool PickedUpBySender(TokenizedText t, int i)
    {
        if (HasNear(t, i, 4, "iemand", "wie", "jullie") && !HasNear(t, i, 3, "mij", "ons") && !t.IsAny(i + 1, "bij"))
        {
            return t.IsAny(i - 1, "komen", "kom") || HasNear(t, i, 4, "kan", "mag", "kunt") && !HasNear(t, i, 4, "mij", "me", "mijn");
        }

        return true;
    }

    private static bool CannotGoOut(TokenizedText t, int i)
    {
        var w = t.W(i);
        if (w == "ter" && t.Is(i + 1, "been"))
        {
            return t.IsAny(i - 1, "slecht", "moeilijk", "minder") || HasNear(t, i, 3, "niet");
        }

        if (w is "deur" or "huis" && t.IsAny(i + 1, "niet", "uit"))
        {
            return HasNear(t, i, 4, "niet", "nauwelijks") && HasNear(t, i, 3, "uit");
        }

        return w == "lopen" && HasNear(t, i, 4, "niet", "slecht", "moeilijk", "nauwelijks") && !HasNear(t, i, 3, "hond");
    }

    /// <summary>"kan het niet ophalen", "hoeft niet gebracht": a negation before the verb in the same sentence, or "niet" right after it.</summary>
    private static bool IsNegated(TokenizedText t, int i)
    {
        if (t.Is(i + 1, "niet") && !t.IsAny(i + 2, "erg", "uit"))
        {
            return true;
        }

        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            if (t[j].Kind == TokenKind.Punct && t[j].Value is '.' or '?' or '!' or ',')
            {
                return false;
            }

            if (t.IsAny(j, "niet", "geen") && !t.IsAny(j + 1, "probleem", "punt", "bezwaar") && !t.Near(i, 4, 0, "wel"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AlternativesOffered(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "of") && At(t, i - 1) is not null && (At(t, i + 1) is not null || At(t, i + 2) is not null))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNear(TokenizedText t, int i, int window, params ReadOnlySpan<string> words)
    {
        for (var j = Math.Max(0, i - window); j <= Math.Min(t.Count - 1, i + window); j++)
        {
            if (j != i && t.IsAny(j, words))
            {
                return true;
            }
        }

        return false;
    }
}
