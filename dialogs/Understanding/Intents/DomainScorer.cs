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
        var askedItem = false;
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
                askedItem |= l >= 2 && (ItemWords.All.Contains(w) ? DomainHints.AskedFor(t, i) : w is "ding" or "dingetje" or "apparaat" or "apparaatje" or "machine");
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

        // "boormachine nodig, iemand? 2 gaatjes boren voor een plank": the thing asked for decides, the job is what it is for.
        if (askedItem && genericHelp == 0 && help >= loan)
        {
            help = loan - 0.5;
        }

        return new DomainScores(meal, loan, help, first);
    }

    public static (double Meal, double Loan, double Help) Weigh(TokenizedText t, int i, string w)
    {
        if (VerbWords.IsJob(w) && !CategoryWords.All.ContainsKey(w) && VerbWords.Classify(t, i) == VerbClass.Task && DirectionVerbs.ServesOthers(t, i))
        {
            // "knip graag aan huis bij ouderen": a job done for others, whatever its kind.
            return (0, 0, 2);
        }

        if (w != "eten" && MealWords.MealNouns.Contains(w) && DomainHints.AskedFor(t, i))
        {
            // "heeft iemand een prakje over": the food asked for decides over why ("ik kan niet naar de winkel").
            return (4.5, 0, 0);
        }

        switch (w)
        {
            case "maaltijd" or "avondeten" or "avondmaaltijd" or "warmeten" or "meeeten" or "prakje" or "prak":
                return (3.5, 0, 0);
            case "koken" when VerbWords.Classify(t, i) == VerbClass.None && t.Surface(i) is not ("koken" or "kook" or "kookt"):
                return (1, 0, 0);
            case "koken" when t.Near(i, 8, 0, "iemand", "wie", "jullie") && !t.Near(i, 8, 0, "ik", "we", "wij") && VerbWords.Classify(t, i) == VerbClass.Give:
                // "kan iemand deze week voor me koken? ik betaal de boodschappen": the cooking asked for decides.
                return (4.5, 0, 0);
            case "koken":
                return (3, 0, t.IsAny(i - 1, "het", "bij", "met") && t.Near(i, 4, 0, "hulp", "helpen") ? 1 : 0);
            case "eten" when DomainHints.PetsNear(t, i):
                return (0, 0, 1);
            case "eten" when t.IsAny(i - 1, "ik", "hij", "ze", "zij", "wij", "we") || t.IsAny(i + 1, "alles", "geen")
                || (t.IsAny(i - 1, "komt", "komen") && DomainHints.RelationBefore(t, i)):
                // "ik eet alles", "ze eet geen vlees": about eating habits, not asking for food.
                return (0.5, 0, 0);
            case "eten":
                return (2.5, 0, 0);
            case "zitten" when t.Near(i, 4, 0, "bij"):
                return (0, 0, 2);
            case "lekkers" or "warms" or "hartigs" or "zoets" or "voedzaams" or "gezonds" when t.IsAny(i - 1, "iets", "wat"):
                return (2.5, 0, 0);
            case "tafel" when t.Is(i - 1, "aan") && t.Near(i, 4, 0, "plek", "plaats", "plekje", "aanschuiven", "schuif"):
                return (2.5, 0, 0);
            case "aanschuiven":
                return (2.5, 0, 0);
            case "schuiven" when (t.Near(i, 0, 5, "aan") || (t.Is(i - 1, "te") && t.Is(i - 2, "aan"))) && !t.Near(i, 0, 5, "kast", "tafel", "bank", "bed", "meubels"):
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
            case "gaan" or "ga" or "gaat" or "komen" or "kom" or "komt" when DomainHints.VisitsRelative(t, i):
                // "kan iemand morgen naar mijn moeder gaan?": looking in on someone.
                return (0, 0, 2);
            case "brengen" or "bezorgen" or "langsbrengen" when t.Near(i, 4, 0, "iets", "wat") && (MealEvidence.Mentions(t) || t.Has("lusten") || DietFinder.Find(t).Mentioned):
                // "ze eet nog goed ... zou iemand iets kunnen brengen?": something to eat.
                return (2, 0, 0);
            case "kijken" when t.Near(i, 6, 0, "iemand", "wie", "u", "jullie") && !t.Near(i, 3, 2, "tv", "televisie", "film"):
                // "kan iemand even (komen) kijken": come and look at what is wrong.
                return (0, 0, 1.5);
            case "brood" or "broden" or "broodje" when t.HasAny("over", "bakken", "teveel", "overgebleven") || t.Text.Contains("gebakken", StringComparison.Ordinal):
                // "zelfgebakken brood over": food to share, not bread from the shop.
                return (2, 0, 0);
            case "ding" or "dingetje" or "apparaat" or "apparaatje" or "machine" or "gereedschap" when t.Near(i, 3, 0, "zoeken") || t.Near(i, 0, 2, "nodig"):
                // "ik zoek zo'n ding om behang van de muur te halen": a thing, named or not.
                return (0, 2, 0);
            case "gebruiken" when DomainHints.HasItemNear(t, i):
                return (0, 1.5, 0);
            case "gras" when t.Is(i + 1, "maaien"):
                return (0, 0, 3);
            case "doen" or "betekenen" or "inzetten" or "bijdragen" when t.Near(i, 5, 0, "iets", "wat", "me", "mij", "zich", "ons") && (DirectionVerbs.ServesOthers(t, i) || DirectionVerbs.ServesOthers(t, Math.Max(0, i - 5))):
                // "wat doen voor de buurt", "iets betekenen voor ouderen": volunteering, help of no one kind.
                return (0, 0, 2.5);
        }

        if (MealWords.MealNouns.Contains(w))
        {
            // "een bord" or "een hap" alone is weak; "een warme hap", "een bord vol", "een hap eten" is food.
            return w is "bord" or "hap" && !(t[i - 1].Kind == TokenKind.Word && t.Surface(i - 1).EndsWith("e") && !t.IsAny(i - 1, "de", "ene", "deze", "die"))
                && !t.IsAny(i + 1, "vol", "eten", "soep") && !SentenceShape.NearMeal(t, i, 3) ? (1.5, 0, 0) : (2.5, 0, 0);
        }

        if (t[i].Match == WordMatch.Unknown && w.Length >= 8 && DomainHints.StartsWithDish(w))
        {
            // "stamppotavond", "soepmiddag": an occasion named after the food.
            return (2, 0, 0);
        }

        if (MealWords.Dishes.Contains(w))
        {
            return t.IsAny(i - 1, "geen", "zonder") || DomainHints.PetsNear(t, i) ? (0, 0, 0) : (2, 0, 0);
        }

        double loan = 0;
        var (_, categoryWeight) = CategoryFinder.Weigh(t, i, w);
        if (ItemWords.All.Contains(w) && t[i].Match != WordMatch.Unknown && !(categoryWeight >= 2 && !DomainHints.LendingSaid(t)) && !DomainHints.IsPlace(t, i) && !FoodVessels.IsFoodVessel(t, i))
        {
            loan = t[i].Match == WordMatch.Compound ? 1.5 : 2;
            if (t.Near(i, 6, 0, "heeft", "wie", "hebben") && t.Near(i, 6, 0, "iemand", "wie", "jullie"))
            {
                loan += 1.5;
            }

            if (DomainHints.AskedFor(t, i))
            {
                // "Heeft iemand een waterpas? Ik wil een plank ophangen": the thing asked for decides, the job is what it is for.
                loan += 3;
            }
        }

        if (loan == 0 && t[i].Match == WordMatch.Unknown && t[i].Length >= 5 && t.IsAny(i - 1, "een") && DomainHints.AsksToHave(t, i - 1))
        {
            // "wie heeft er een hogedrukspuit", "heeft iemand een fonduepan": an unlisted thing asked for.
            loan = 2;
        }

        if (categoryWeight > 0 && !(loan > 0 && DomainHints.LendingSaid(t)))
        {
            return (0, loan, categoryWeight >= 2 ? Math.Min(categoryWeight, 4) : 0.5);
        }

        return (0, loan, 0);
    }
}
