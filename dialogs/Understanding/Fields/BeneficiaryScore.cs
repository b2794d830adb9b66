namespace BuurtBot.Dialogs.Understanding;

/// <summary>How surely a named relative is the one a request is for.</summary>
internal static class BeneficiaryScore
{
    /// <summary>
    /// How surely the request is for the person named at <paramref name="i"/>: 4 "namens mijn buurman",
    /// 3 "voor mijn moeder" (or, in an offer, "de ... van mijn vader"), 2 "mijn vader kan niet koken",
    /// "bij mijn man komen zitten", or a mention that a later "hem"/"haar" takes up; 1 a mere mention.
    /// </summary>
    public static int Score(TokenizedText t, int i, bool isOffer)
    {
        var before = t.W(i - 1);
        var before2 = t.W(i - 2);
        if (before == "namens" || before2 == "namens")
        {
            return 4;
        }

        if (before2 is "ons" or "onze" || before is "ons" or "onze")
        {
            return RelationWords.All[t.W(i)] == OnBehalfOf.Neighbour ? 2 : 0;
        }

        if (!isOffer && (before == "voor" || before2 == "voor" || (t.Is(i - 3, "voor") && before2 is "een" or "de" or "mijn") || (before2 is "van" && (t.IsAny(i - 3, "boodschappen", "eten", "maaltijd", "hulp", "vraag") || VerbNear(t, i, 8)))))
        {
            return 3;
        }

        if (isOffer && before2 == "van" && t.Near(i, 4, 0, "de", "het") && !t.Near(i, 4, 0, "verjaardag", "feest"))
        {
            return 3;
        }

        if (!isOffer && before2 is "bij" or "met" && (t.Near(i, 0, 4, "zitten", "komen", "komt", "helpen", "koken", "langs", "doen", "knippen", "wandelen", "naar")
            || VerbNear(t, i, 8)))
        {
            return 2;
        }

        if (t.WordCount() <= 4 && before is "mijn" or "m'n" or "mn")
        {
            return 3;
        }

        // "Kan iemand mijn tante naar het station brengen?", "Kunt u mijn oma een maaltijd bezorgen?"
        if (!isOffer && t.Near(i, 5, 0, "iemand", "u", "jullie", "wie") && !t.IsAny(i - 2, "naar", "bij") && VerbNear(t, i, 16))
        {
            return 2;
        }

        // "Kan mijn zoon morgen iemands fietspomp lenen?", "Mag mijn moeder ook mee-eten?"
        if (!isOffer && t.IsAny(i - 2, "kan", "mag", "wil", "zou") && (i - 2 == 0 || t[i - 3].Kind == TokenKind.Punct))
        {
            return 2;
        }

        if (IsSentenceStart(t, i - 1) && (isOffer || SentenceNeeds(t, i)))
        {
            return 2;
        }

        var next = t.W(i + 1);
        if (t.IsPunct(i + 1, '(') || t.IsNumber(i + 1))
        {
            var close = i + 1;
            while (close < Math.Min(t.Count, i + 12) && !t.IsPunct(close, ')'))
            {
                close++;
            }

            next = t.W(close + 1);
        }

        if ((next is "is" or "was") && t.IsAny(i + 2, "ziek", "gevallen", "geopereerd", "opgenomen", "dement", "bedlegerig", "slecht", "zwanger", "herstellende", "invalide", "blind"))
        {
            return 2;
        }

        if (before is not ("een" or "voor") && next is "heeft" or "kan" or "wil" or "zou" or "zoeken" or "ligt" or "zit" or "eten" or "mag" or "moet" or "koken"
            or "hebben" or "kunnen" or "willen" or "wordt" or "lenen" or "uitlenen" or "nodig" or "helpen" or "bieden" or "krijgen")
        {
            return 2;
        }

        return TakenUpLater(t, i) ? 2 : 1;
    }

    /// <summary>A verb of giving or a job in the same sentence, within <paramref name="reach"/> tokens either side.</summary>
    private static bool VerbNear(TokenizedText t, int i, int reach)
    {
        for (var j = i + 1; j <= Math.Min(t.Count - 1, i + reach) && !EndsSentence(t, j); j++)
        {
            if (VerbWords.Classify(t, j) is VerbClass.Give or VerbClass.Task)
            {
                return true;
            }
        }

        for (var j = i - 1; j >= Math.Max(0, i - reach) && !EndsSentence(t, j); j--)
        {
            if (VerbWords.Classify(t, j) is VerbClass.Give or VerbClass.Task)
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(TokenizedText t, int j) => t[j].Kind == TokenKind.Punct && t[j].Value is '.' or '?' or '!' or ':';

    /// <summary>Token <paramref name="possessive"/> opens a sentence ("Mijn ouders wonen ...").</summary>
    private static bool IsSentenceStart(TokenizedText t, int possessive) =>
        t.IsAny(possessive, "mijn", "m'n", "mn") && (possessive == 0 || (t[possessive - 1].Kind == TokenKind.Punct && t[possessive - 1].Value is '.' or '!' or '?' or ',')
            || t.IsAny(possessive - 1, "hallo", "hoi", "goedemorgen", "goedemiddag", "goedenavond"));

    /// <summary>The sentence of token <paramref name="i"/> says someone needs help: "nodig", "hulp", "kan niet", "wil graag".</summary>
    private static bool SentenceNeeds(TokenizedText t, int i)
    {
        for (var j = i + 1; j < t.Count; j++)
        {
            if (t[j].Kind == TokenKind.Punct && t[j].Value is '.' or '?' or '!')
            {
                return false;
            }

            if (t.IsAny(j, "nodig", "hulp") || (t.Is(j, "niet") && t.Near(j, 4, 0, "kan", "kunnen", "lukt")) || (t.Is(j, "graag") && t.Near(j, 3, 0, "wil", "zou", "willen")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"mijn moeder woont in 6511 HX ... kan iemand haar eten brengen": a later "haar"/"hem"/"ze" is the one helped.</summary>
    private static bool TakenUpLater(TokenizedText t, int i)
    {
        for (var j = i + 2; j < t.Count; j++)
        {
            if (t.IsAny(j, "hem", "haar", "hij", "zij") && !t.IsAny(j + 1, "huis", "hond", "kat") && t.Near(j, 6, 6, "iemand", "wie", "kan", "zou", "graag", "nodig"))
            {
                return true;
            }
        }

        return false;
    }
}
