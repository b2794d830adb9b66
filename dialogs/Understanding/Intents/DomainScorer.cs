namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Weighs what a message is about. Meal: meal nouns, dishes, cooking, eating. Loan: lending
/// verbs and lendable things. Help: "hulp", "helpen" and the words of the help categories.
/// A thing alone is weak evidence ("mijn fiets repareren" is help), a lending verb strong.
/// </summary>
internal static class DomainScorer
{
    public static DomainScores Score(TokenizedText t)
    {
        double meal = 0, loan = 0, help = 0, genericHelp = 0;
        var first = int.MaxValue;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.W(i);
            if (w.Length == 0)
            {
                continue;
            }

            var (m, l, h) = Weigh(t, i, w);
            if (m + l + h > 0)
            {
                meal += m;
                loan += l;
                help += h;
                genericHelp += w is "hulp" or "helpen" or "help" ? h : 0;
                if (m >= 2 || l >= 2 || h >= 2)
                {
                    first = Math.Min(first, i);
                }
            }
        }

        // "kan iemand helpen?" after "ik zoek een douchestoel": the bare help word only asks; the thing or the meal says what for.
        var specific = Math.Max(meal, loan);
        if (genericHelp > 0 && help - genericHelp < 2 && specific >= 2)
        {
            help -= genericHelp * 2 / 3;
        }

        return new DomainScores(meal, loan, help, first);
    }

    private static (double Meal, double Loan, double Help) Weigh(TokenizedText t, int i, string w)
    {
        switch (w)
        {
            case "maaltijd" or "avondeten" or "avondmaaltijd" or "warmeten" or "meeeten" or "prakje" or "prak":
                return (3.5, 0, 0);
            case "koken" when VerbWords.Classify(t, i) == VerbClass.None && t.Surface(i) is not ("koken" or "kook" or "kookt"):
                return (1, 0, 0);
            case "koken":
                return (3, 0, t.IsAny(i - 1, "het", "bij", "met") && t.Near(i, 4, 0, "hulp", "helpen") ? 1 : 0);
            case "eten" when PetsNear(t, i):
                return (0, 0, 1);
            case "eten" when t.IsAny(i - 1, "ik", "hij", "ze", "zij", "wij", "we") || t.IsAny(i + 1, "alles", "geen")
                || (t.IsAny(i - 1, "komt", "komen") && RelationBefore(t, i)):
                // "ik eet alles", "ze eet geen vlees": about eating habits, not asking for food.
                return (0.5, 0, 0);
            case "eten":
                return (2.5, 0, 0);
            case "zitten" when t.Near(i, 4, 0, "bij"):
                return (0, 0, 2);
            case "lekkers" or "warms" when t.Is(i - 1, "iets"):
                return (2.5, 0, 0);
            case "tafel" when t.Is(i - 1, "aan") && t.Near(i, 4, 0, "plek", "plaats", "plekje", "aanschuiven", "schuif"):
                return (2.5, 0, 0);
            case "aanschuiven":
                return (2.5, 0, 0);
            case "honger":
                return (2.5, 0, 0);
            case "portie":
                return (3, 0, 0);
            case "lenen" or "uitlenen" or "bruikleen":
                return (0, 4, 0);
            case "hulp" or "helpen":
                return t.Is(i + 1, "aan") && ItemWords.All.Contains(t.W(i + 2)) ? (0, 3, 0) : (0, 0, 3);
            case "help":
                return (0, 0, 2.5);
            case "tijd" when t.Near(i, 4, 0, "heb", "hebben") && t.Near(i, 5, 0, "ik", "we", "wij"):
                return (0, 0, 1.5);
            case "vrijwilliger" or "vrijwilligerswerk" or "klusje" or "klus" or "klussen":
                return (0, 0, 2.5);
            case "gebruiken" when HasItemNear(t, i):
                return (0, 1.5, 0);
            case "gras" when t.Is(i + 1, "maaien"):
                return (0, 0, 3);
        }

        if (MealWords.MealNouns.Contains(w))
        {
            return w is "bord" or "hap" ? (1.5, 0, 0) : (2.5, 0, 0);
        }

        if (t[i].Match == WordMatch.Unknown && w.Length >= 8 && StartsWithDish(w))
        {
            // "stamppotavond", "soepmiddag": an occasion named after the food.
            return (2, 0, 0);
        }

        if (MealWords.Dishes.Contains(w))
        {
            return t.IsAny(i - 1, "geen", "zonder") || PetsNear(t, i) ? (0, 0, 0) : (2, 0, 0);
        }

        double loan = 0;
        var (_, categoryWeight) = CategoryFinder.Weigh(t, i, w);
        if (ItemWords.All.Contains(w) && t[i].Match != WordMatch.Unknown && !(categoryWeight >= 2 && !LendingSaid(t)) && !IsPlace(t, i))
        {
            loan = t[i].Match == WordMatch.Compound ? 1.5 : 2;
            if (t.Near(i, 6, 0, "heeft", "wie", "hebben") && t.Near(i, 6, 0, "iemand", "wie", "jullie"))
            {
                loan += 1.5;
            }

            if (AskedFor(t, i))
            {
                // "Heeft iemand een waterpas? Ik wil een plank ophangen": the thing asked for decides, the job is what it is for.
                loan += 3;
            }
        }

        if (loan == 0 && t[i].Match == WordMatch.Unknown && t[i].Length >= 5 && t.IsAny(i - 1, "een") && AsksToHave(t, i - 1))
        {
            // "wie heeft er een hogedrukspuit", "heeft iemand een fonduepan": an unlisted thing asked for.
            loan = 2;
        }

        if (categoryWeight > 0 && !(loan > 0 && LendingSaid(t)))
        {
            return (0, loan, categoryWeight >= 2 ? Math.Min(categoryWeight, 4) : 0.5);
        }

        return (0, loan, 0);
    }

    /// <summary>"heeft iemand een X", "zoek een X", "gezocht: een X", "op zoek naar een X", "wie heeft er een X".</summary>
    private static bool AskedFor(TokenizedText t, int i)
    {
        var j = i - 1;
        while (j >= 0 && j >= i - 3 && (t.IsAny(j, "een", "paar", "grote", "kleine", "goede", "elektrische", "twee", "drie") || t.IsNumber(j)))
        {
            j--;
        }

        return (t.IsAny(j, "iemand", "er", "nog", "toevallig") && t.Near(j, 3, 0, "heeft", "hebben", "heb", "wie")) || t.IsAny(j, "zoeken", "naar", "gezocht")
            || (t.IsPunct(j, ':') && t.Near(j, 2, 0, "zoeken"));
    }

    private static bool AsksToHave(TokenizedText t, int article) =>
        (t.Near(article, 3, 0, "heeft", "hebben") && t.Near(article, 3, 0, "iemand", "wie")) || t.Near(article, 2, 0, "zoeken");

    private static bool StartsWithDish(string w)
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

    private static bool RelationBefore(TokenizedText t, int i)
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

    private static bool LendingSaid(TokenizedText t) => t.HasAny("lenen", "uitlenen", "bruikleen");

    /// <summary>"de trap op", "met de bus naar": a place or a vehicle, not a thing to lend.</summary>
    private static bool IsPlace(TokenizedText t, int i) =>
        (t.Is(i, "tafel") && t.IsAny(i - 1, "aan", "tafel")) ||
        (t.Is(i, "trap") && (t.IsAny(i + 1, "op", "af", "is") || (t.IsAny(i - 1, "de") && t.IsAny(i - 2, "op", "van"))))
        || (t.IsAny(i, "bus", "auto", "trein") && (t.IsAny(i + 1, "naar", "gaat", "rijdt") || t.IsAny(i - 2, "met")));

    private static bool PetsNear(TokenizedText t, int i)
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

    private static bool HasItemNear(TokenizedText t, int i)
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
