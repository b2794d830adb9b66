namespace BuurtBot.Dialogs.Understanding;

/// <summary>What lies around a verb that changes what it does: a visit ("kom ... langs"), a named job, food nearby.</summary>
internal static class VerbContext
{
    /// <summary>
    /// "kom ... langs" later in the clause, not "langs de winkel" (past it); "kom ... bij een oudere buurvrouw",
    /// "komen bij mensen thuis": visiting someone, not "komt bij mij eten".
    /// </summary>
    public static bool ComesBy(TokenizedText t, int i)
    {
        for (var j = i + 1; j <= Math.Min(t.Count - 1, i + 8) && t[j].Kind == TokenKind.Word; j++)
        {
            if (t.Is(j, "langs"))
            {
                return !t.IsAny(j + 1, "de", "het", "een", "mijn", "m'n", "onze");
            }

            if (t.Is(j, "bij"))
            {
                var k = t.IsAny(j + 1, "een", "de", "'n") ? j + 2 : j + 1;
                k = t.IsWord(k) && t.Surface(k).EndsWith("e") && !RelationWords.All.ContainsKey(t.W(k)) ? k + 1 : k;
                return t.IsAny(k, "iemand", "mensen", "ouderen", "anderen", "buren", "u", "jou", "jullie")
                    || (k > j + 1 && RelationWords.All.TryGetValue(t.W(k), out var who) && who == OnBehalfOf.Neighbour);
            }
        }

        return false;
    }

    /// <summary>"boodschappen doen", "de aangifte doen", "het gras doen": doing a named job.</summary>
    public static bool CategoryBefore(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 4); j < i; j++)
        {
            if (CategoryWords.All.TryGetValue(t.W(j), out var entry) && entry.Weight >= 2)
            {
                return true;
            }
        }

        return false;
    }

    public static bool MealNear(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 8); j <= Math.Min(t.Count - 1, i + 8); j++)
        {
            if (MealEvidence.IsMealWord(t.W(j)))
            {
                return true;
            }
        }

        return false;
    }
}
