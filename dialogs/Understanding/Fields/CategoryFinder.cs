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

    private static (HelpCategory, int) Weigh(TokenizedText t, int i, string w)
    {
        switch (w)
        {
            case "was" when t.IsAny(i - 1, "de", "mijn") && !t.IsAny(i + 1, "er", "het", "ik"):
                return (HelpCategory.Household, 3);
            case "wassen" or "wasje":
                return (HelpCategory.Household, 2);
            case "koken" when t.IsAny(i - 1, "het", "met", "bij"):
                return (HelpCategory.Household, 1);
            case "hond" or "kat" or "poes" or "honden" or "katten" or "dierenarts":
                return (HelpCategory.Pets, 4);
            case "gras" or "heg" or "tuin":
                return (HelpCategory.Garden, 3);
            case "boodschappen":
                return (HelpCategory.Groceries, 4);
            case "digid":
                return (HelpCategory.Digital, 5);
            case "bezoek" when t.IsAny(i - 1, "op"):
                return (HelpCategory.Company, 3);
            case "lampje" or "lamp" when t.IsAny(i + 1, "vervangen", "ophangen", "indraaien"):
                return (HelpCategory.OddJobs, 3);
        }

        if (!CategoryWords.All.TryGetValue(w, out var entry))
        {
            return (default, 0);
        }

        // A destination: "naar de apotheek", "naar het ziekenhuis".
        if (t.Is(i - 1, "naar") || (t.IsAny(i - 1, "de", "het") && t.Is(i - 2, "naar")))
        {
            return (entry.Category, entry.Weight + 2);
        }

        return entry;
    }
}
