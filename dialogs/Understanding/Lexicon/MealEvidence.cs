namespace BuurtBot.Dialogs.Understanding;

/// <summary>Whether a message talks about food at all (a meal noun, a dish, cooking or eating).</summary>
internal static class MealEvidence
{
    public static bool Mentions(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (IsMealWord(t.W(i)))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsMealWord(string w) =>
        w.Length > 0 && (MealWords.MealNouns.Contains(w) || MealWords.Dishes.Contains(w) || w is "koken" or "eten" or "meeeten" or "maaltijd" or "portie");
}
