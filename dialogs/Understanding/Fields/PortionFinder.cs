namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// How many meals are asked or offered: "drie porties", "voor 2 personen", "voor ons tweeën",
/// "een stuk of vier", "voor mij alleen", "voor mij en mijn man". The article "een" is not one;
/// "een of twee" is uncertain and gives nothing.
/// </summary>
internal static class PortionFinder
{
    private const int MaxPortions = 60;

    /// <param name="bareNumbers">Also read a number standing alone ("2", "twee graag"), as in a reply to "hoeveel?".</param>
    public static int? Find(TokenizedText t, bool bareNumbers, bool offer = false)
    {
        int? bestValue = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < t.Count; i++)
        {
            if (Candidate(t, i, bareNumbers, offer) is { } found && found.Rank < bestRank)
            {
                bestRank = found.Rank;
                bestValue = found.Value;
            }
        }

        return bestValue is > 0 and <= MaxPortions ? bestValue : null;
    }

    private static (int Value, int Rank)? Candidate(TokenizedText t, int i, bool bareNumbers, bool offer)
    {
        var w = t.W(i);
        if (w is "stuk" && t.Is(i + 1, "of") && Quantity(t, i + 2) is { } approx)
        {
            return (approx, 1);
        }

        if (NumberWords.Collectives.TryGetValue(w, out var group) && t.IsAny(i - 1, "ons", "zijn", "z'n", "zn", "met", "wij", "we", "jullie", "hun"))
        {
            return (group, 3);
        }

        if (w is "mij" or "mezelf" or "mijzelf" or "ik" && !offer)
        {
            return Self(t, i);
        }

        if (w == "persoon" && t.Is(i - 1, "een") && t.IsAny(i - 2, "voor", "maar"))
        {
            return (1, 2);
        }

        if (Quantity(t, i) is not { } n)
        {
            return null;
        }

        if (IsUncertain(t, i))
        {
            return (0, 0);
        }

        var next = t.W(i + 1);
        if (next is "portie" or "maaltijd" or "bordje" or "bord" or "bakje" or "bakjes" or "pannetje" or "prakje" or "maaltijdje" or "plekken" or "plek"
            or "plaatsen" or "stoelen" or "bordjes"
            || (next == "x" && t.Touches(i) && !t.IsAny(i + 2, "per", "in", "elke", "iedere", "week", "maand")) || IsDishAfter(t, i + 1))
        {
            return (n, 1);
        }

        if (next == "bij" && t.Near(i, 4, 0, "kunnen", "kan", "nog", "passen", "past"))
        {
            // "er kunnen nog 3 bij": room for three more.
            return (n, 1);
        }

        if (next is "persoon" or "mens" or "mensen" or "eters" or "volwassenen" or "monden" or "gasten" or "man" || (t.Is(i + 1, "extra") && t.IsAny(i + 2, "gasten", "mensen", "personen", "eters")))
        {
            // In an offer, "ik kook voor 6 mensen" is what the cook makes, not what is offered.
            return offer && t.Near(i, 4, 0, "koken") && !t.Is(i + 1, "extra") ? null : (n, 2);
        }

        if (next == "over" || (t.Is(i + 1, "er") && t.Is(i + 2, "over")) || (t.IsAny(i - 1, "er", "nog") && next == "over"))
        {
            return t.IsNumber(i + 2) || t.Is(i + 2, "half") ? null : (n, 2);
        }

        if (t.Is(i - 1, "voor") && !t.Is(i - 2, "kwart") && Quantity(t, i - 2) is null && !(offer && t.Near(i, 4, 0, "koken")) && next is not ("uur" or "dagen" or "dag" or "weken") && !CalendarWords.Months.ContainsKey(next) && !t.IsPunct(i + 1, ':')
            && !(t.IsPunct(i + 1, '.') && t.IsNumber(i + 2)) && !(t.Touches(i) && t.IsAny(i + 1, "e", "de", "u")))
        {
            return (n, 4);
        }

        if (bareNumbers && IsBare(t, i))
        {
            return (n, 5);
        }

        return null;
    }

    /// <summary>"voor mij alleen" is one; "voor mij en mijn man" is two.</summary>
    private static (int, int)? Self(TokenizedText t, int i)
    {
        if ((t.Is(i + 1, "alleen") && t.IsAny(i - 1, "voor", "mij", "ik")) || (t.Is(i - 1, "voor") && t.Is(i - 2, "alleen")))
        {
            return (1, 2);
        }

        if (t.Is(i + 1, "en") && t.IsAny(i + 2, "mijn", "m'n", "mn") && RelationWords.All.ContainsKey(t.W(i + 3)) && t.Is(i - 1, "voor"))
        {
            return (2, 2);
        }

        if (t.Is(i - 1, "en") && RelationWords.All.ContainsKey(t.W(i - 2)) && t.IsAny(i - 3, "mijn", "m'n", "mn") && t.Is(i - 4, "voor"))
        {
            return (2, 2);
        }

        return null;
    }

    private static bool IsPortionNoun(string w) => w is "portie" or "maaltijd" or "persoon" or "mensen" or "bordje" or "bakje" or "bakjes" or "eters";

    private static bool IsDishAfter(TokenizedText t, int i) =>
        MealWords.Dishes.Contains(t.W(i)) || (t.IsAny(i, "warme", "verse") && MealEvidence.IsMealWord(t.W(i + 1)));

    /// <summary>"een of twee", "2 à 3", "2-3": no number.</summary>
    private static bool IsUncertain(TokenizedText t, int i) =>
        (t.IsAny(i + 1, "of", "a", "tot") && Quantity(t, i + 2) is not null) ||
        (t.IsPunct(i + 1, '-') && t.IsNumber(i + 2) && t.Touches(i) && IsPortionNoun(t.W(i + 3))) ||
        (t.IsAny(i - 1, "of", "a") && (Quantity(t, i - 2) is not null || t.Is(i - 2, "een")));

    private static bool IsBare(TokenizedText t, int i)
    {
        if (t.IsNumber(i) && (t[i].Length > 2 || t.IsPunct(i - 1, '€') || t.IsPunct(i - 1, '(') || t.IsPunct(i + 1, ':') || t.IsPunct(i + 1, '.') && t.IsNumber(i + 2)
            || t.IsPunct(i + 1, ',') && t.IsNumber(i + 2) || t.IsPunct(i + 1, '-') || t.IsPunct(i + 1, '/') || t.IsPunct(i - 1, '-') || t.IsPunct(i - 1, '/')))
        {
            return false;
        }

        var next = t.W(i + 1);
        if (next is "uur" or "jaar" or "euro" or "eu" or "keer" or "dagen" or "weken" or "minuten" || CalendarWords.Months.ContainsKey(next) ||
            (t.Touches(i) && next.Length > 0))
        {
            return false;
        }

        return !t.IsAny(i - 1, "om", "rond", "tegen", "half", "kwart", "over", "nummer", "nr", "huisnummer", "de", "vanaf", "tot", "na", "tussen");
    }

    /// <summary>A number in digits or words; the article "een" is not one unless stressed ("één").</summary>
    private static int? Quantity(TokenizedText t, int i)
    {
        if (t.IsNumber(i))
        {
            // Not the minutes of "18:00" or "18.30", nor a day or month of "12-12", nor a zero.
            var partOfTime = ((t.IsPunct(i - 1, ':') || t.IsPunct(i - 1, '.') || t.IsPunct(i - 1, '/') || t.IsPunct(i - 1, '-')) && t.Touches(i - 1) && t.IsNumber(i - 2))
                || ((t.IsPunct(i + 1, '/') || (t.IsPunct(i + 1, '-') && !IsPortionNoun(t.W(i + 3)))) && t.Touches(i) && t.IsNumber(i + 2));
            return t[i].Length <= 2 && t.NumberAt(i) > 0 && !partOfTime ? t.NumberAt(i) : null;
        }

        var w = t.W(i);
        if (w == "een")
        {
            return t.IsStressedOne(i) ? 1 : null;
        }

        return NumberWords.Cardinals.TryGetValue(w, out var value) ? value : null;
    }
}
