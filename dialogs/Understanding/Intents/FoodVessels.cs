namespace BuurtBot.Dialogs.Understanding;

/// <summary>Pans, bowls, plates and tables that hold the food in a message about food, rather than things to lend.</summary>
internal static class FoodVessels
{
    /// <summary>
    /// "een pan soep", "een bord vol", "wie wil een kom?" after soup, "ik dek de tafel" for stamppot: a pan, bowl,
    /// plate or table that holds the food, not a thing to lend; unless lending is said or the thing itself is
    /// asked for ("heeft iemand een grote pan? ik maak soep").
    /// </summary>
    public static bool IsFoodVessel(TokenizedText t, int i)
    {
        if (!t.IsAny(i, "pan", "kookpan", "pannetje", "bord", "bordje", "bakje", "kom", "kommetje", "schaal", "tafel", "kopje", "beker", "pot", "potje", "glas"))
        {
            return false;
        }

        if (MealEvidence.IsMealWord(t.W(i + 1)) || t.IsAny(i + 1, "vol", "met") || (t.Is(i + 1, "van") && MealEvidence.IsMealWord(t.W(i + 2))))
        {
            return true;
        }

        return FoodBesidesVessels(t) && !DomainHints.LendingSaid(t) && !t.Has("leen") && !DomainHints.AskedFor(t, i);
    }

    private static bool FoodBesidesVessels(TokenizedText t)
    {
        for (var j = 0; j < t.Count; j++)
        {
            var w = t.W(j);
            if (MealEvidence.IsMealWord(w) && w is not ("bord" or "bordje" or "bakje" or "pannetje"))
            {
                return true;
            }
        }

        return false;
    }
}
