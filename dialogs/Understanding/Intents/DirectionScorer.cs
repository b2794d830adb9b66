namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Weighs whether a message asks or offers. Asking: "heeft iemand", "kan iemand", "wie kan mij",
/// "ik zoek", "nodig", "ik zou graag", "mag ik ... lenen", "voor mij", "kan niet meer koken".
/// Offering: "ik kook", "heb ... over", "te leen", "mogen lenen", "ik help graag", "ik heb tijd",
/// "wie wil er mee eten", "als iemand ... nodig heeft", "af te halen", a price.
/// </summary>
internal static class DirectionScorer
{
    private static readonly string[] Askers = ["heeft", "kan", "zou", "wil", "is", "weet", "mag", "kunnen", "willen", "zouden", "hebben", "kent"];

    public static (double Request, double Offer) Score(TokenizedText t)
    {
        double request = 0, offer = 0;
        var asksOthers = AsksOthers(t);
        for (var i = 0; i < t.Count; i++)
        {
            var (r, o) = Weigh(t, i, asksOthers);
            request += r;
            offer += o;
        }

        return (request, offer);
    }

    /// <summary>"heeft iemand", "wie heeft", "is er iemand": the message asks the neighbours for something.</summary>
    private static bool AsksOthers(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "iemand") && t.Near(i, 3, 0, Askers) && !IsConditional(t, i))
            {
                return true;
            }

            if (t.Is(i, "wie") && t.IsAny(i + 1, "heeft", "kan", "zou", "wil") && !t.Is(i + 2, "ik") && !t.Near(i, 0, 6, "zin", "trek", "interesse", "nodig"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConditional(TokenizedText t, int i) => t.Near(i, 4, 0, "als", "mocht", "indien", "wanneer");

    private static (double Request, double Offer) Weigh(TokenizedText t, int i, bool asksOthers)
    {
        if (t.IsPunct(i, '?'))
        {
            return (0.5, 0);
        }

        if (t.IsPunct(i, '€') || (t.IsNumber(i) && t.IsAny(i + 1, "euro", "pp")))
        {
            return (0, 2);
        }

        var w = t.W(i);
        switch (w)
        {
            case "iemand":
                return Someone(t, i);
            case "wie":
                return Who(t, i);
            case "nodig":
                return t.Near(i, 6, 0, "als", "mocht", "wie", "indien") && t.Near(i, 0, 2, "heeft", "hebt", "hebben", "heb") ? (0, 2.5)
                    : t.Near(i, 3, 0, "niet", "geen") && t.Near(i, 3, 0, "meer") ? (0, 0) : (2.5, 0);
            case "zoeken":
                return t.Is(i + 1, "iemand") && !t.IsAny(i - 1, "ik", "we", "wij") && i > 0 ? (0, 1) : (2.5, 0);
            case "graag" or "zou" or "wou" or "wil" or "willen":
                return Wish(t, i);
            case "ik" or "we" or "wij":
                return FirstPerson(t, i + 1, i);
            case "koken":
                return Cook(t, i);
            case "over":
                return Leftover(t, i, asksOthers) ? (0, 3) : (0, 0);
            case "overgebleven" or "teveel":
                return (0, 2.5);
            case "lenen" when t.Is(i - 1, "te"):
                return asksOthers ? (0, 0) : (0, 3);
            case "lenen":
                return Lend(t, i);
            case "uitlenen":
                return t.Near(i, 5, 0, "iemand", "wie") && t.Near(i, 5, 1, "mij", "me", "ons") ? (2, 0) : (0, 3);
            case "halen" when t.Is(i - 1, "te") && t.Is(i - 2, "af"):
                return (0, 3);
            case "gratis" or "aanbieden" or "bieden" or "beschikbaar" or "vrijwilliger" or "pp":
                return (0, 2);
            case "laat" when t.IsAny(i + 1, "maar", "het") && t.Near(i, 0, 3, "weten", "horen"):
                return (0, 1.5);
            case "meld" or "reageer" or "bel" or "app" when t.Near(i, 0, 2, "maar", "gerust", "me", "mij") && !t.Near(i, 3, 0, "iemand"):
                return (0, 1);
            case "voor" when t.IsAny(i + 1, "mij", "ons", "mezelf", "mijzelf", "me"):
                return (1.5, 0);
            case "voor" when t.IsAny(i + 1, "mijn", "m'n", "mn", "onze") && RelationWords.All.ContainsKey(t.W(i + 2)):
                return (1.5, 0);
            case "help" when t.IsAny(i + 1, "mij", "me", "ons"):
                return (2, 0);
            case "helpen" when t.IsAny(i - 1, "mij", "me", "ons") || (t.IsAny(i - 2, "mijn", "onze") && RelationWords.All.ContainsKey(t.W(i - 1))):
                return (1.5, 0);
            case "honger" or "vragen":
                return (1, 0);
            case "zin" or "trek" when t.Is(i + 1, "in") && t.Near(i, 3, 0, "iemand", "wie"):
                return (0, 2.5);
            case "lusten" when t.Near(i, 0, 2, "iemand") || t.Is(i - 1, "wie"):
                return (0, 2.5);
        }

        return (0, 0);
    }

    private static (double, double) Someone(TokenizedText t, int i)
    {
        if (IsConditional(t, i))
        {
            // "als iemand een ladder nodig heeft" offers; "fijn als iemand komt" asks.
            return t.Near(i, 0, 8, "nodig", "zin", "interesse", "behoefte", "trek") ? (0, 2.5) : t.Near(i, 6, 0, "fijn", "blij", "graag") ? (2, 0) : (0, 0);
        }

        if (!t.Near(i, 3, 0, Askers) && !(t.Near(i, 3, 0, "er") && t.Near(i, 4, 0, "of")))
        {
            return t.Near(i, 3, 0, "zoeken") ? (1, 0) : (0, 0);
        }

        if (t.Near(i, 0, 3, "zin", "trek", "interesse") || t.Near(i, 2, 0, "lusten"))
        {
            return (0, 2.5);
        }

        if (t.Near(i, 3, 0, "wil") && t.Near(i, 0, 4, "meeeten", "mee") && !t.Near(i, 0, 4, "mij", "me", "ons"))
        {
            return (0, 2);
        }

        return (3, 0);
    }

    private static (double, double) Who(TokenizedText t, int i)
    {
        var next = t.W(i + 1);
        if (next is "kan" or "zou" or "kunnen" && t.Is(i + 2, "ik"))
        {
            return (0, 3);
        }

        if (t.Near(i, 0, 5, "zin", "trek", "interesse") || next == "lusten")
        {
            return (0, 2.5);
        }

        if (t.Near(i, 0, 6, "nodig") && t.Near(i, 0, 7, "heeft", "hebben"))
        {
            return (0, 2.5);
        }

        if (next is "wil" or "willen")
        {
            // "wie wil er mee eten", "wie wil mijn ladder lenen" offer; "wie wil mijn ramen lappen" asks.
            return t.Near(i, 0, 5, "meeeten", "mee", "lenen", "gebruiken", "hebben", "proeven") || t.Near(i, 0, 4, "portie", "bordje", "bakje", "soep")
                ? (0, 2.5)
                : (2.5, 0);
        }

        return next is "heeft" or "kan" or "zou" or "kunnen" or "weet" or "heb" ? (3, 0) : (0, 0);
    }

    /// <summary>"ik zou graag", "ik wil graag een maaltijd": a wish, unless what is wished is to give ("ik wil graag helpen").</summary>
    private static (double, double) Wish(TokenizedText t, int i)
    {
        if (t.Near(i, 0, 6, "helpen", "koken", "uitlenen", "aanbieden", "bieden", "rijden", "brengen", "doen", "meedenken", "langskomen", "lenen", "meeeten")
            && (t.Near(i, 3, 3, "ik", "we", "wij")) && !t.Near(i, 0, 6, "mij", "me", "iemand"))
        {
            return t.Near(i, 0, 6, "lenen", "meeeten") ? (1.5, 0) : (0, 0);
        }

        return t.Near(i, 3, 3, "ik", "we", "wij") || t.W(i) == "graag" && i <= 1 ? (1.2, 0) : (0, 0);
    }

    /// <summary>What the sender says they do: "ik kook", "ik help", "ik heb ... over", "ik kan ... rijden".</summary>
    private static (double, double) FirstPerson(TokenizedText t, int next, int subject)
    {
        var verb = t.W(next);
        switch (verb)
        {
            case "koken" or "helpen" or "help" or "bieden" or "aanbieden" or "uitlenen":
                return t.Near(next, 0, 3, "niet") ? (verb == "koken" ? 3 : 0, 0) : (0, 3);
            case "heb" or "hebben" or "had":
                return Have(t, next);
            case "kan" or "wil" or "mag" or "zou" or "kunnen" or "willen" or "kun" or "ga" or "gaan" or "wou":
                return Able(t, next);
            case "ben" or "zijn" when t.Near(next, 0, 4, "beschikbaar", "vrijwilliger", "vrij"):
                return (0, 2);
            case "zoeken":
                return (2.5, 0);
        }

        return (0, 0);
    }

    private static (double, double) Have(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 8); j++)
        {
            var w = t.W(j);
            if (w is "nodig" or "behoefte" or "hulp" or "honger" or "zin" || w == "geen")
            {
                return (0, 0);
            }

            if (w is "tijd" or "beschikbaar" or "staan" or "liggen" or "over" or "teveel" or "overgebleven")
            {
                return (0, 2.5);
            }

            if (w is "die" or "dat" && (ItemWords.All.Contains(t.W(j - 1)) || t[j - 1].Match == WordMatch.Unknown))
            {
                return (0, 2.5);
            }

            if (w == "lenen" && t.Is(j - 1, "te"))
            {
                return (0, 1);
            }
        }

        return (0, 0.5);
    }

    /// <summary>"ik kan helpen", "ik kan je naar het ziekenhuis rijden" offer; "kan ik een ladder lenen", "ik kan niet meer koken" ask.</summary>
    private static (double, double) Able(TokenizedText t, int i)
    {
        var negated = false;
        for (var j = i + 1; j < Math.Min(t.Count, i + 8); j++)
        {
            var w = t.W(j);
            if (w is "niet" or "geen" or "nauwelijks" or "moeilijk")
            {
                negated = true;
            }
            else if (w is "iemand" or "mij" or "me" or "ons")
            {
                return (1, 0);
            }
            else if (w is "lenen" or "gebruiken" or "meeeten" or "krijgen" or "hebben" or "vragen" or "bestellen" or "aanmelden")
            {
                return negated ? (0, 0) : (3, 0);
            }
            else if (w is "eten" && !t.IsAny(j + 1, "koken", "brengen", "maken"))
            {
                return negated ? (0, 0) : (2, 0);
            }
            else if (w is "helpen" or "koken" or "brengen" or "rijden" or "uitlenen" or "aanbieden" or "doen" or "meenemen" or "maaien"
                     or "halen" or "ophalen" or "langskomen" or "repareren" or "ophangen" or "uitlaten" or "wandelen" or "bezorgen" or "maken"
                     or "schoonmaken" or "oppassen" or "sjouwen" or "tillen" or "zorgen" or "installeren" or "invullen" or "bijspringen")
            {
                if (negated)
                {
                    return w is "koken" or "halen" or "ophalen" or "doen" ? (3, 0) : (1, 0);
                }

                return (0, 3);
            }
        }

        return (0, 0);
    }

    private static (double, double) Cook(TokenizedText t, int i)
    {
        if (t.Near(i, 4, 1, "niet", "geen", "nauwelijks", "moeilijk", "zwaar"))
        {
            return (3, 0);
        }

        if (t.Near(i, 4, 0, "iemand", "wie") && !t.Near(i, 4, 0, "ik", "we", "wij"))
        {
            return (0.5, 0);
        }

        if (i == 0 || t.IsAny(i + 1, "ik", "we", "wij") || t.IsAny(i - 1, "ga", "gaan") || t.Near(i, 3, 0, "ik", "we", "wij"))
        {
            return (0, 3);
        }

        return (0, 0);
    }

    /// <summary>"heb 3 porties over", "er is soep over": leftovers, not "over twee dagen" or "kwart over vijf".</summary>
    private static bool Leftover(TokenizedText t, int i, bool asksOthers)
    {
        if (t.IsNumber(i + 1) || t.IsAny(i + 1, "een", "twee", "drie", "half", "de", "het", "mijn", "hoe", "wat", "dit", "dat", "deze", "iets", "mij") || t.Is(i - 1, "kwart"))
        {
            return false;
        }

        if (i >= 1 && NumberWords.Cardinals.ContainsKey(t.W(i - 1)) && Hour(t, i + 1))
        {
            return false;
        }

        return !asksOthers && t.Near(i, 7, 0, "heb", "hebben", "heeft", "is", "zijn", "blijft", "had", "hou", "houd", "houden", "hebt");
    }

    private static bool Hour(TokenizedText t, int i) => t.IsNumber(i) || NumberWords.Cardinals.ContainsKey(t.W(i));

    private static (double, double) Lend(TokenizedText t, int i)
    {
        if (t.Near(i, 6, 0, "ik", "mij", "me") && !t.Near(i, 6, 0, "je", "jullie", "mensen", "iedereen", "buren", "wie"))
        {
            return (2, 0);
        }

        if (t.Near(i, 6, 0, "je", "jullie", "mensen", "iedereen", "buren", "buurtgenoten") && t.Near(i, 6, 0, "mag", "mogen", "kan", "kunnen", "kunt"))
        {
            return (0, 2.5);
        }

        if (t.Near(i, 6, 0, "mijn", "onze"))
        {
            return (0, 1.5);
        }

        return (0, 0);
    }
}
