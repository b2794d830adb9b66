namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Who a request is for when it is not the sender: "voor mijn moeder", "namens mijn buurman",
/// "mijn vader (87) kan niet meer koken", "de buurvrouw heeft hulp nodig". Family outside the list
/// is Other. The sender together with someone else ("voor mij en mijn man") gives null. For offers
/// only the one offering counts ("mijn man kookt"), not who the cook cooks for.
/// </summary>
internal static class BeneficiaryFinder
{
    public static OnBehalfOf? Find(TokenizedText t, bool isOffer)
    {
        OnBehalfOf? best = null;
        var bestScore = 0;
        var bestIndex = -1;
        for (var i = 0; i < t.Count; i++)
        {
            if (!RelationWords.All.TryGetValue(t.W(i), out var relation) || !IsReference(t, i, relation))
            {
                continue;
            }

            if (WithSender(t, i))
            {
                return null;
            }

            var score = Score(t, i, isOffer);
            if (score > bestScore)
            {
                best = relation;
                bestScore = score;
                bestIndex = i;
            }
        }

        if (best is null && SaysSomeoneElse(t))
        {
            return OnBehalfOf.Other;
        }

        if (best is null || bestScore >= 3)
        {
            return best;
        }

        if (bestScore < 2)
        {
            return null;
        }

        return SelfIsBeneficiary(t, bestIndex) ? null : best;
    }

    /// <summary>Token index of the relation word chosen (for picking that person's postcode), or -1.</summary>
    public static int IndexOfMention(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (RelationWords.All.TryGetValue(t.W(i), out var relation) && IsReference(t, i, relation))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"mijn man", "de buurvrouw", "een vriendin": a person, not just the word ("een man", "de vrouw").</summary>
    private static bool IsReference(TokenizedText t, int i, OnBehalfOf relation)
    {
        var before = t.W(i - 1);
        if (before.Length > 3 && before.EndsWith('e') && t.IsAny(i - 2, "een", "de", "mijn", "onze", "m'n") && !RelationWords.All.ContainsKey(before))
        {
            // "een zieke buurman", "mijn oude moeder": look past one adjective.
            before = t.W(i - 2);
        }
        var possessive = before is "mijn" or "m'n" or "mn" or "onze" or "ons" or "zijn" or "haar" or "z'n";
        if (relation == OnBehalfOf.Partner && t.IsAny(i, "man", "vrouw"))
        {
            return possessive && before is not ("zijn" or "haar" or "z'n");
        }

        if (relation == OnBehalfOf.Neighbour)
        {
            return possessive || before is "de" or "een" or "voor" or "namens" or "onze";
        }

        if (t.IsAny(i, "pap", "ma", "pa", "mam") && !possessive)
        {
            return false;
        }

        return possessive || before is "een" or "voor" or "namens" or "de" || t.IsAny(i, "opa", "oma", "mama", "papa") || i == 0;
    }

    /// <summary>
    /// How surely the request is for the person named at <paramref name="i"/>: 4 "namens mijn buurman",
    /// 3 "voor mijn moeder" (or, in an offer, "de ... van mijn vader"), 2 "mijn vader kan niet koken",
    /// "bij mijn man komen zitten", or a mention that a later "hem"/"haar" takes up; 1 a mere mention.
    /// </summary>
    private static int Score(TokenizedText t, int i, bool isOffer)
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
        if (!isOffer && t.Near(i, 5, 0, "iemand", "u", "jullie", "wie") && VerbNear(t, i, 10))
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

        if (next is "heeft" or "kan" or "wil" or "zou" or "zoeken" or "ligt" or "zit" or "eten" or "mag" or "moet" or "koken"
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

    /// <summary>"mij en mijn man", "mijn vrouw en ik", "samen met mijn zoon": the sender is included.</summary>
    private static bool WithSender(TokenizedText t, int i)
    {
        var j = i - 1;
        if (t.IsAny(j, "mijn", "m'n", "mn", "onze"))
        {
            j--;
        }

        if (t.Is(j, "en") && t.IsAny(j - 1, "mij", "ik", "me", "mezelf"))
        {
            return true;
        }

        if (t.Is(j, "met") && t.IsAny(j - 1, "samen", "ik"))
        {
            return true;
        }

        return t.Is(i + 1, "en") && t.IsAny(i + 2, "ik", "mij", "me", "mezelf");
    }

    private static bool SelfIsBeneficiary(TokenizedText t, int relationIndex)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "voor") && t.IsAny(i + 1, "mij", "me", "mezelf", "mijzelf"))
            {
                return true;
            }

            if (t.Is(i, "ik") && (t.IsAny(i + 1, "zoeken", "zou", "wil") || (t.IsAny(i + 1, "heb") && t.Has("nodig"))) && Math.Abs(i - relationIndex) > 1)
            {
                return i < relationIndex;
            }
        }

        return false;
    }

    private static bool SaysSomeoneElse(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "iemand") && t.Is(i + 1, "anders") && t.IsAny(i - 1, "voor", "namens"))
            {
                return true;
            }
        }

        return false;
    }
}
