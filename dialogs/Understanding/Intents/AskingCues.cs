namespace BuurtBot.Dialogs.Understanding;

/// <summary>Signs that the sender asks the neighbours for something ("heeft iemand", "wie kan"), or asks who wants what they have ("wie wil er een paar?").</summary>
internal static class AskingCues
{
    /// <summary>"heeft iemand", "wie heeft", "is er iemand": the message asks the neighbours for something.</summary>
    public static bool AsksOthers(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "iemand") && t.Near(i, 3, 0, "heeft", "kan", "zou", "is", "weet", "hebben", "kent") && !t.Near(i, 4, 0, "als", "mocht"))
            {
                return true;
            }

            if (t.Is(i, "wie") && t.IsAny(i + 1, "heeft", "kan", "zou") && !t.Is(i + 2, "ik") && !t.Near(i, 0, 8, "zin", "trek", "interesse", "nodig"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"wie wil er een bakje", "wil iemand mee-eten": asking who wants what the sender has.</summary>
    public static bool OffersToThem(TokenizedText t, int i) =>
        t.Near(i, 0, 6, "meeeten", "mee", "hebben", "proeven", "interesse", "zin")
        || (t.IsAny(i, "wil", "willen") && t.Near(i, 0, 2, "hulp"))
        || (t.Near(i, 0, 5, "lenen", "gebruiken") && !t.Near(i, 0, 6, "mij", "me", "ons", "uitlenen") && !t.Near(i, 3, 0, "iemand", "wie", "u", "jullie")) || (SentenceShape.NearMeal(t, i, 6) && !t.Near(i, 0, 6, "brengen", "koken", "maken", "bezorgen", "mij", "me"))
        || WantsSome(t, i);

    /// <summary>"wie wil er een paar?", "wie wil?", "wie wil er wat": who wants some of it.</summary>
    private static bool WantsSome(TokenizedText t, int i)
    {
        if (!t.IsAny(i, "wil", "willen"))
        {
            return false;
        }

        for (var j = i + 1; j < t.Count; j++)
        {
            if (t[j].Kind != TokenKind.Word)
            {
                return t.IsPunct(j, '?') || t.IsPunct(j, '!') || t[j].Kind == TokenKind.Symbol;
            }

            if (!t.IsAny(j, "er", "een", "paar", "wat", "ook", "nog", "ze", "hem", "het", "die", "dat", "stuk", "stukje", "portie", "bakje", "beetje", "iets", "hebben", "van",
                "kom", "kommetje", "bord", "bordje", "pan", "pannetje", "schaal", "plak", "punt", "puntje", "taartje", "bak", "bakkie", "schaaltje", "potje")
                && !MealEvidence.IsMealWord(t.W(j)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"iemand trek?", "iemand nog interesse in soep?": asking who wants it, not asking someone to do something ("iemand zin om te koken?").</summary>
    public static bool AsksWhoWants(TokenizedText t, int i) =>
        t.IsAny(i, "zin", "trek", "interesse") && (t.Is(i - 1, "iemand") || (t.IsAny(i - 1, "nog", "ook", "er") && t.Is(i - 2, "iemand")))
        && !t.Near(i, 0, 3, "om", "voor") && !t.IsAny(i - 3, "heeft", "hebben", "is");

    /// <summary>"wie kan/haalt/doet", "iemand die ... ?", "Iemand een X te leen?": the sender asks the neighbours.</summary>
    public static bool AsksSomeone(TokenizedText t, int i, bool question)
    {
        if (t.Is(i, "wie") && (IsWhoever(t, i) || ComesToFetch(t, i)))
        {
            return false;
        }

        if (t.Is(i, "wie"))
        {
            var next = t.W(i + 1);
            return next.Length > 0 && !t.Is(i + 2, "ik") && next is not ("het" or "de" or "er" or "zin" or "nog" or "heeft" or "hebben") && !OffersToThem(t, i + 1)
                && !(next is "wil" or "willen" && (t.IsPunct(i + 2, '?') || i + 2 >= t.Count)) && !t.IsAny(i - 1, "voor", "als", "aan")
                && !(next == "komt" && t.Is(i + 2, "er") && t.IsPunct(i + 3, '?'))
                && (VerbWords.IsFinite(t, i + 1) || VerbWords.Classify(t, i + 1) != VerbClass.None
                    || next is "doet" or "haalt" or "komt" or "gaat" or "helpt" or "rijdt" or "brengt" or "kookt" or "past" or "laat" or "heeft" or "wil" or "durft" or "weet" or "regelt");
        }

        if (t.Is(i, "iemand") && t.IsAny(i + 1, "die", "dat") && IsThereSomeone(t, i) && !WantsWhatIsThere(t, i + 1))
        {
            // "is er iemand die ...", "is er misschien iemand die ...", with or without a question mark.
            return true;
        }

        if (t.Is(i, "iemand") && t.IsPunct(i + 1, '?') && (t.IsPunct(i - 1, ',') || t.IsPunct(i - 1, '.')))
        {
            // "heb een ovenschotel over, iemand?", "boormachine nodig, iemand?": the clause before says which way.
            return false;
        }

        if (t.Is(i, "iemand") && question && !AsksWhoWants(t, t.IsAny(i + 1, "nog", "ook") ? i + 2 : i + 1) && !(t.IsAny(i + 1, "die", "dat") && WantsWhatIsThere(t, i + 1)))
        {
            return t.Is(i + 1, "die") || i == 0 || t[i - 1].Kind == TokenKind.Punct || t.IsAny(i - 1, "vandaag", "morgen", "hallo", "hoi", "zoek", "zoeken");
        }

        return false;
    }

    /// <summary>"wie wil, komt maar langs", "wie een bord wil mag het komen halen": whoever, not a question to anyone.</summary>
    public static bool IsWhoever(TokenizedText t, int i)
    {
        for (var j = i + 2; j < Math.Min(t.Count, i + 9) && !t.IsPunct(j, '?') && !t.IsPunct(j, '.'); j++)
        {
            if (t.IsAny(j, "mag", "mogen", "kan", "komt", "moet") && (VerbWords.IsFinite(t, j - 1) || (t.IsPunct(j - 1, ',') && VerbWords.IsFinite(t, j - 2))))
            {
                // "wie wil mag ze lenen", "wie zin heeft, kan komen": two verbs meet where the whoever-clause ends.
                return true;
            }

            if (t.IsAny(j, "komt", "kom", "mag", "kan") && (t.IsAny(j + 1, "maar", "gerust") || (t.IsAny(j + 1, "het", "hem", "ze", "er") && t.IsAny(j + 2, "maar", "gerust"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"(is er iemand) die zin heeft in kerriesoep", "die interesse heeft": who wants it, not who can do it.</summary>
    public static bool WantsWhatIsThere(TokenizedText t, int relative)
    {
        for (var j = relative + 1; j < Math.Min(t.Count, relative + 5) && t[j].Kind == TokenKind.Word; j++)
        {
            if (t.IsAny(j, "zin", "trek", "interesse"))
            {
                return !t.Near(j, 0, 2, "om") && !t.Near(j, 0, 6, "mij", "me", "ons");
            }
        }

        return false;
    }

    public static bool IsThereSomeone(TokenizedText t, int i)
    {
        var j = i - 1;
        while (j > i - 4 && (t.IsAny(j, "misschien", "toevallig", "nog", "ook", "ergens", "hier", "morgen", "vandaag", "overmorgen", "soms", "wel", "eventueel")
            || CalendarWords.Weekdays.ContainsKey(t.W(j))))
        {
            j--;
        }

        return t.Is(j, "er") && t.IsAny(j - 1, "is", "zijn");
    }

    /// <summary>
    /// "wie wil, mag", "wie een ladder nodig heeft mag hem lenen", "wie wil er hulp?": whoever wants it, or who wants
    /// the help the sender gives; not "wie er een heeft, mag het zeggen".
    /// </summary>
    public static bool WhoWants(TokenizedText t, int i) =>
        (IsWhoever(t, i) && t.Near(i, 0, 4, "wil", "willen", "zin", "interesse", "trek", "nodig", "lust"))
        || (t.IsAny(i + 1, "wil", "willen") && t.Near(i + 1, 0, 2, "hulp") && !t.Near(i, 0, 6, "mij", "me", "ons", "mijn"));

    /// <summary>"wie komt ze halen?", "wie komt een bord ophalen": who comes to fetch what the sender has; not "wie komt mij ophalen".</summary>
    private static bool ComesToFetch(TokenizedText t, int i) =>
        t.IsAny(i + 1, "komt", "kom", "komen") && t.Near(i, 0, 5, "halen", "ophalen", "proeven", "eten", "meeeten") && !t.Near(i, 0, 5, "mij", "me", "ons", "mijn", "onze");

    /// <summary>"wie heeft mijn kat gezien": a perfect tense, not someone having something.</summary>
    public static bool ParticipleAfter(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 7) && t[j].Kind == TokenKind.Word; j++)
        {
            var s = t.Surface(j);
            if (s.Length >= 6 && s.StartsWith("ge") && (s.EndsWith("d") || s.EndsWith("t") || s.EndsWith("en")) && !ItemWords.All.Contains(t.W(j)) && !MealEvidence.IsMealWord(t.W(j)))
            {
                return true;
            }
        }

        return false;
    }
}
