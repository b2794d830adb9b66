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

            var score = BeneficiaryScore.Score(t, i, isOffer);
            if (score > bestScore)
            {
                best = relation;
                bestScore = score;
                bestIndex = i;
            }
        }

        if (ChildOfNamedParent(t) is { } parent)
        {
            return parent;
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

            if (t.Is(i, "ik") && (t.IsAny(i + 1, "zoeken") || (t.IsAny(i + 1, "heb") && t.Has("nodig"))) && Math.Abs(i - relationIndex) > 1)
            {
                return i < relationIndex;
            }
        }

        return false;
    }

    /// <summary>"ik ben de dochter van mevrouw Peters": a carer writes for their mother (or father).</summary>
    private static OnBehalfOf? ChildOfNamedParent(TokenizedText t)
    {
        for (var i = 0; i + 3 < t.Count; i++)
        {
            if (t.IsAny(i, "dochter", "zoon") && t.Is(i + 1, "van") && t.Near(i, 3, 0, "ben") && t.Near(i, 4, 0, "ik"))
            {
                var title = t.IsPunct(i + 3, '.') ? i + 2 : i + 2;
                if (t.IsAny(title, "mevrouw", "mevr", "mw", "mvr"))
                {
                    return OnBehalfOf.Mother;
                }

                if (t.IsAny(title, "meneer", "mijnheer", "dhr", "hr"))
                {
                    return OnBehalfOf.Father;
                }
            }
        }

        return null;
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
