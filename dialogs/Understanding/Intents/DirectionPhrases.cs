namespace BuurtBot.Dialogs.Understanding;

/// <summary>Phrases that tip the direction: for whom ("voor mij", "voor ouderen"), what the one asked would get, a seat asked for.</summary>
internal static class DirectionPhrases
{
    public static DirectionTally Beneficiary(TokenizedText t, int i, DirectionTally score)
    {
        var next = t.W(i + 1);
        if (next is "mij" or "me" or "ons" or "mezelf" or "mijzelf")
        {
            return score.AddRequest(1.5);
        }

        if (next is "mijn" or "m'n" or "mn" or "onze" && RelationWords.All.ContainsKey(t.W(i + 2)) && !t.Near(i, 4, 0, "ik", "we", "wij"))
        {
            return score.AddRequest(1.5);
        }

        var article = next is "de" && t.IsAny(i + 2, "hele", "gehele") ? i + 3 : i + 2;
        if (next is "iemand" or "anderen" or "ouderen" or "mensen" or "buren" or "wie" or "iedereen" or "buurtbewoners" or "buurtgenoten"
            || (next is "de" && t.IsAny(article, "buurt", "buren", "wijk", "straat", "buurtbewoners", "ouderen")) || (next == "een" && t.Is(i + 2, "ander")))
        {
            return score.AddOffer(1.5);
        }

        return score;
    }

    /// <summary>"zin om aan te schuiven", "zin om mee te eten": what the one asked would get, not do.</summary>
    public static bool GetsAfter(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 9) && t[j].Kind == TokenKind.Word; j++)
        {
            if (VerbWords.Classify(t, j) == VerbClass.Get || t.IsAny(j, "meeeten", "aanschuiven"))
            {
                return !t.Near(j, 4, 0, "mij", "me", "ons");
            }
        }

        return false;
    }

    /// <summary>"is er nog plek", "heeft iemand een plekje": asked, not "er is nog plek" (said).</summary>
    public static bool AsksIfThereIs(TokenizedText t, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 4); j--)
        {
            if (t.Is(j, "er") && t.IsAny(j - 1, "is", "zijn"))
            {
                return true;
            }

            if (t.Is(j, "iemand") && t.IsAny(j - 1, "heeft", "hebben"))
            {
                return true;
            }
        }

        return false;
    }
}
