namespace BuurtBot.Dialogs.Understanding;

/// <summary>Context that changes what a word says about the domain: a thing asked for, a place, pets, a relative's habits.</summary>
internal static class DomainHints
{
    /// <summary>"heeft iemand een X", "zoek een X", "gezocht: een X", "op zoek naar een X", "wie heeft er een X".</summary>
    public static bool AskedFor(TokenizedText t, int i)
    {
        var j = i - 1;
        while (j >= 0 && j >= i - 4 && (t.IsAny(j, "een", "paar", "grote", "kleine", "goede", "elektrische", "twee", "drie", "morgen", "vandaag", "overmorgen", "nog", "toevallig")
            || t.IsNumber(j) || CalendarWords.Weekdays.ContainsKey(t.W(j))))
        {
            j--;
        }

        return (t.IsAny(j, "iemand", "er", "die") && t.Near(j, 3, 4, "heeft", "hebben", "heb", "wie") && (t.Is(j, "iemand") || t.Near(j, 2, 0, "iemand", "wie")))
            || t.IsAny(j, "zoeken", "naar", "gezocht") || (t.IsPunct(j, ':') && t.Near(j, 2, 0, "zoeken"))
            || NeededAfter(t, i)
            || (t.Near(i, 6, 0, "ik", "we") && t.Near(i, 6, 0, "mag", "kan", "kun") && t.Near(i, 0, 3, "lenen", "gebruiken", "halen", "ophalen", "krijgen", "hebben"))
            || ((j < 0 || t.IsPunct(j, '.')) && t.Near(i, 14, 0, "zoeken", "nodig"));
    }

    /// <summary>
    /// "boormachine nodig om te boren", "een trapje nodig", "een steekkar die ik mag gebruiken", "een slijptol voor effe":
    /// the thing itself is needed for a while, whatever job it is for.
    /// </summary>
    public static bool NeededAfter(TokenizedText t, int i)
    {
        if (t.Is(i + 1, "nodig") || (t.IsAny(i + 1, "even", "effe", "ff") && t.Is(i + 2, "nodig")))
        {
            return !t.IsAny(i + 2, "meer") && !t.IsAny(i - 1, "geen") && !t.Near(i, 3, 0, "niet");
        }

        if (t.IsAny(i + 1, "die", "dat") && t.Near(i + 1, 0, 5, "lenen", "gebruiken") && t.Near(i + 1, 0, 4, "ik", "we", "wij", "mijn"))
        {
            return true;
        }

        if (t.IsAny(i + 1, "lenen", "gebruiken", "halen", "ophalen") && t.Is(i + 2, "voor"))
        {
            // "een boormachine ophalen voor een uurtje".
            i++;
        }

        return t.Is(i + 1, "voor") && (t.IsAny(i + 2, "effe", "ff", "even", "eventjes", "heel") || (t.IsAny(i + 2, "een", "1", "10", "twee", "paar") && t.IsAny(i + 3, "uur", "dagje", "dag", "middag", "ochtend", "avond", "weekje", "weekend", "minuut", "paar", "keer")) || (t.IsNumber(i + 2) && t.IsAny(i + 3, "minuut", "minuten", "minuutjes", "uur", "uren", "dag", "dagen", "dagje", "dagjes", "week", "weken", "weekje")));
    }

    public static bool AsksToHave(TokenizedText t, int article) =>
        (t.Near(article, 3, 0, "heeft", "hebben") && t.Near(article, 3, 0, "iemand", "wie")) || t.Near(article, 2, 0, "zoeken")
        || NeededAfter(t, article + 1)
        || (t.Is(article - 1, "iemand") && (t.IsPunct(article + 2, '?') || t.IsAny(article + 2, "te", "voor")));

    public static bool StartsWithDish(string w)
    {
        for (var n = 4; n <= w.Length - 4; n++)
        {
            if (MealWords.Dishes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w.AsSpan(0, n)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"naar mijn moeder gaan", "bij mijn vader langs komen": going to see a relative.</summary>
    public static bool VisitsRelative(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 5); j < i; j++)
        {
            if (t.IsAny(j, "naar", "bij") && t.IsAny(j + 1, "mijn", "m'n", "onze", "ons") && RelationWords.All.ContainsKey(t.W(j + 2)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool RelationBefore(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            if (RelationWords.All.ContainsKey(t.W(j)) && t.IsAny(j - 1, "mijn", "m'n", "onze", "ons"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool LendingSaid(TokenizedText t) => t.HasAny("lenen", "uitlenen", "bruikleen");

    /// <summary>"de trap op", "met de bus naar": a place or a vehicle, not a thing to lend.</summary>
    public static bool IsPlace(TokenizedText t, int i) =>
        (t.Is(i, "tafel") && t.IsAny(i - 1, "aan", "tafel")) ||
        (t.Is(i, "trap") && (t.IsAny(i + 1, "op", "af", "is") || (t.IsAny(i - 1, "de") && t.IsAny(i - 2, "op", "van"))))
        || (t.IsAny(i, "bus", "auto", "trein") && (t.IsAny(i + 1, "naar", "gaat", "rijdt") || t.IsAny(i - 2, "met")));

    public static bool PetsNear(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 4); j <= Math.Min(t.Count - 1, i + 2); j++)
        {
            if (CategoryWords.All.TryGetValue(t.W(j), out var entry) && entry.Category == HelpCategory.Pets)
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasItemNear(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 5); j < i; j++)
        {
            if (ItemWords.All.Contains(t.W(j)))
            {
                return true;
            }
        }

        return false;
    }
}
