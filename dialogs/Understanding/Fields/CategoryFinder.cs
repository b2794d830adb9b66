namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The kind of help: every word that names one adds its weight ("boodschappen", "ziekenhuis",
/// "dakgoot", "gras", "gezelschap", "DigiD", "formulier", "hond", "ramen lappen"); the destination
/// of a trip decides over the trip ("naar de apotheek" is groceries). Ties go to the first mentioned.
/// </summary>
internal static class CategoryFinder
{
    private const int Categories = (int)HelpCategory.Household + 1;

    public static HelpCategory? Find(TokenizedText t)
    {
        Span<int> score = stackalloc int[Categories];
        Span<int> first = stackalloc int[Categories];
        first.Fill(int.MaxValue);
        var any = false;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.W(i);
            if (w.Length == 0)
            {
                continue;
            }

            var (category, weight) = Weigh(t, i, w);
            if (weight <= 0)
            {
                continue;
            }

            var c = (int)category;
            score[c] += weight;
            first[c] = Math.Min(first[c], i);
            any = true;
        }

        if (!any)
        {
            return null;
        }

        var best = -1;
        for (var c = 0; c < Categories; c++)
        {
            if (score[c] > 0 && (best < 0 || score[c] > score[best] || (score[c] == score[best] && first[c] < first[best])))
            {
                best = c;
            }
        }

        return score[best] >= 2 ? (HelpCategory)best : null;
    }

    /// <summary>The category token <paramref name="i"/> names and how strongly (0: none).</summary>
    public static (HelpCategory Category, int Weight) Weigh(TokenizedText t, int i, string w)
    {
        switch (w)
        {
            case "was" when t.IsAny(i - 1, "de", "mijn") && !t.IsAny(i + 1, "er", "het", "ik"):
                return (HelpCategory.Household, 3);
            case "wassen" or "wasje":
                return (HelpCategory.Household, 2);
            case "maken" when t.Near(i, 0, 6, "schoon"):
                return (HelpCategory.Household, 3);
            case "naar" when t.Near(i, 4, 0, "met") && MetPerson(t, i):
                return (HelpCategory.Transport, 5);
            case "koken" when t.IsAny(i - 1, "het", "met", "bij"):
                return (HelpCategory.Household, 1);
            case "hond" or "kat" or "poes" or "honden" or "katten" or "dierenarts":
                return (HelpCategory.Pets, 4);
            case "gras" or "heg" or "tuin":
                return (HelpCategory.Garden, 3);
            case "boodschappen" when t.Near(i, 3, 0, "betaal", "betalen", "vergoed", "vergoeden", "betaalt") && !t.HasAny("halen", "doen", "kopen", "ophalen", "doet"):
                // "ik betaal de boodschappen": paying for them, not an errand.
                return (HelpCategory.Groceries, 1);
            case "boodschappen":
                return (HelpCategory.Groceries, 4);
            case "digid":
                return (HelpCategory.Digital, 5);
            case "lezen" when t.Is(i - 1, "voor") || (t.Is(i - 1, "te") && t.Is(i - 2, "voor")):
                // "om voor te lezen": "voorlezen" split.
                return (HelpCategory.Company, 2);
            case "komen" or "kom" or "komt" or "langskomen" when VerbWords.Classify(t, i) == VerbClass.Give && t.Near(i, 0, 8, "bij") && !t.Near(i, 0, 8, "mij", "ons", "me"):
                // "kom graag bij ouderen langs": a visit.
                return (HelpCategory.Company, 2);
            case "zeil" when t.Near(i, 3, 0, "oogje", "oog"):
                // "een oogje in het zeil houden": looking in on someone.
                return (HelpCategory.Company, 2);
            case "alleen" when IsAlone(t, i):
                return (HelpCategory.Company, 2);
            case "bezoek" when t.IsAny(i - 1, "op"):
                return (HelpCategory.Company, 3);
            case "lampje" or "lamp" when t.IsAny(i + 1, "vervangen", "ophangen", "indraaien"):
                return (HelpCategory.OddJobs, 3);
            case "zitten" when t.Near(i, 5, 0, "bij") || t.IsAny(i - 1, "komen", "komt", "kom"):
                return (HelpCategory.Company, 4);
            case "oppas" or "hondenoppas" or "dierenoppas" or "kattenoppas" or "oppassen" when t.Near(i, 4, 4, "hond", "kat", "poes", "honden", "katten", "dieren") || w != "oppassen":
                return (HelpCategory.Pets, 3);
            case "rijden" or "brengen" or "halen" or "ophalen" or "vervoeren" or "meerijden" when CarriesPerson(t, i):
                return (HelpCategory.Transport, 5);
            case "brengen" or "halen" or "rijden" when t.Near(i, 3, 0, "mensen", "ouderen") && t.Near(i, 8, 0, "ik", "we", "kan", "auto"):
                // "ik heb een auto en kan mensen brengen en halen".
                return (HelpCategory.Transport, 5);
        }

        if (ItemWords.All.Contains(w) && !CategoryWords.All.ContainsKey(w) && Breakdowns.BrokenOwnThing(t, i))
        {
            // "mijn grasmaaier doet het niet meer": a repair.
            return (HelpCategory.OddJobs, 2);
        }

        if (!CategoryWords.All.TryGetValue(w, out var entry) || (t[i].Match == WordMatch.Compound && w is "tuin" or "bezoek" or "post" or "kerk" or "markt"))
        {
            // "dierentuin" is no garden, "zorgbezoek" no company.
            return (default, 0);
        }

        // A destination: "naar de apotheek", "naar het ziekenhuis"; "uit het ziekenhuis" only tells where someone was.
        if (t.Is(i - 1, "naar") || (t.IsAny(i - 1, "de", "het") && t.Is(i - 2, "naar")))
        {
            return (entry.Category, entry.Weight + 2);
        }

        if (w is "ziekenhuis" or "verpleeghuis" or "revalidatiecentrum" or "bejaardenhuis" && (t.IsAny(i - 1, "uit", "in") || (t.IsAny(i - 1, "de", "het") && t.IsAny(i - 2, "uit", "in", "opgenomen"))))
        {
            return (entry.Category, 0);
        }

        return entry;
    }

    /// <summary>
    /// "mij naar ... rijden", "ik kan iemand naar de markt brengen", "mijn moeder ophalen": a person is
    /// taken somewhere. Not "iemand ... een maaltijd brengen" (the one asked brings a thing), nor
    /// "hem brengen" when "hem" is the thing.
    /// </summary>
    private static bool CarriesPerson(TokenizedText t, int i)
    {
        var thingSaid = HasThing(t, 0, t.Count - 1);
        var destination = t.Near(i, 7, 3, "naar");
        if (t.IsAny(i, "brengen", "rijden", "vervoeren") && !destination || t.Near(i, 2, 2, "worden", "wordt"))
        {
            return false;
        }

        var sentenceStart = i;
        while (sentenceStart > 0 && !(t[sentenceStart - 1].Kind == TokenKind.Punct && t[sentenceStart - 1].Value is '.' or '?' or '!'))
        {
            sentenceStart--;
        }

        for (var j = Math.Max(sentenceStart, i - 10); j < i; j++)
        {
            var person = (t.IsAny(j, "mij", "me", "ons") && !t.IsAny(j - 1, "voor", "bij", "van", "met"))
                || (!thingSaid && t.IsAny(j, "hem", "haar") && !t.IsAny(j - 1, "voor", "bij", "van", "met") && t.Near(j, 4, 0, "iemand", "u", "wie", "jullie"))
                || (t.IsAny(j, "iemand", "mensen", "ouderen") && t.Near(j, 6, 0, "ik", "we", "wij"))
                || (t.IsAny(j - 1, "mijn", "m'n", "onze") && RelationWords.All.ContainsKey(t.W(j)));
            if (person && !HasThing(t, j + 1, i - 1) && (destination || i - j <= 2 || t.IsAny(j, "mij", "me") || (t.IsAny(i, "ophalen", "halen") && t.IsAny(j, "hem", "haar"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ik zit de hele dag alleen", "iemand die alleen is", "kan niet alleen zijn": lonely, not "alleen op dinsdag" (only).</summary>
    private static bool IsAlone(TokenizedText t, int i) =>
        (t.IsAny(i + 1, "is", "zijn", "ben", "zit", "zitten", "thuis", "woon", "woont", "wonen") || t[i + 1].Kind != TokenKind.Word
            || t.Near(i, 4, 0, "zit", "zitten", "voel", "voelt", "ben", "woon", "woont"))
        && !t.IsAny(i + 1, "maar", "nog", "met", "de", "het", "een", "als", "op", "in", "voor", "om", "wat", "bij");

    /// <summary>"met mij naar de markt", "met mijn moeder naar het ziekenhuis": going along with someone.</summary>
    private static bool MetPerson(TokenizedText t, int naar)
    {
        for (var j = Math.Max(0, naar - 4); j < naar; j++)
        {
            if (t.Is(j, "met") && (t.IsAny(j + 1, "mij", "me", "haar", "hem", "ons") || (t.IsAny(j + 1, "mijn", "m'n", "onze") && RelationWords.All.ContainsKey(t.W(j + 2)))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasThing(TokenizedText t, int from, int to)
    {
        for (var j = from; j <= to; j++)
        {
            var w = t.W(j);
            if (MealEvidence.IsMealWord(w) || ItemWords.All.Contains(w) || w is "iets" or "wat" or "boodschappen" or "pakketje" or "medicijnen")
            {
                return true;
            }
        }

        return false;
    }
}
