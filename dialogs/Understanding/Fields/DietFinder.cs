namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Diets stated in a message: words that name one ("vegetarisch", "glutenvrij", "zoutarm"), foods
/// left out ("geen vlees", "zonder zout", "weinig suiker", "allergisch voor noten"), a way of
/// cooking ("ik kook altijd zoutarm") and chewing trouble (soft). "ik eet alles" and "geen wensen"
/// mention diet with an empty list. Religion or origin never gives a diet.
/// </summary>
internal static class DietFinder
{
    public static (IReadOnlyList<Diet> Diets, bool Mentioned) Find(TokenizedText t)
    {
        var mask = 0;
        var mentioned = false;
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.W(i);
            if (w.Length == 0)
            {
                continue;
            }

            if (DietWords.Positive.TryGetValue(w, out var diet))
            {
                if (!IsNegated(t, i))
                {
                    mask |= 1 << (int)diet;
                }

                mentioned = true;
            }
            else if (w is "geen" or "zonder" or "weinig" or "minder" or "beperkt" or "zoutloos" or "allergisch" or "allergie" or "intolerant" or "mag")
            {
                i = Avoided(t, i, ref mask, ref mentioned);
            }
            else if (DietWords.Avoided.TryGetValue(w, out var avoided) && t.IsAny(i + 1, "vrij", "arm", "allergie", "loos", "intolerant", "intolerantie", "allergisch"))
            {
                mask |= 1 << (int)avoided;
                mentioned = true;
            }
            else if (w == "sin" && t.Is(i + 1, "carne"))
            {
                mask |= 1 << (int)Diet.Vegetarian;
                mentioned = true;
            }
            else if (IsSoft(t, i))
            {
                mask |= 1 << (int)Diet.Soft;
                mentioned = true;
            }
            else if (SaysNoWishes(t, i))
            {
                mentioned = true;
            }
        }

        if (mask == 0)
        {
            return (Array.Empty<Diet>(), mentioned);
        }

        var diets = new List<Diet>(2);
        for (var d = 0; d <= (int)Diet.Soft; d++)
        {
            if ((mask & (1 << d)) != 0)
            {
                diets.Add((Diet)d);
            }
        }

        return (diets, true);
    }

    private static bool IsNegated(TokenizedText t, int i) =>
        t.Is(i - 1, "niet") || (t.Is(i - 2, "niet") && t.IsAny(i - 1, "per", "echt", "zo", "perse", "persé", "speciaal", "helemaal")) ||
        (t.Is(i - 1, "geen") && t.Is(i + 1, "nodig"));

    /// <summary>"geen vlees en geen vis", "zonder gluten of lactose", "weinig zout", "allergisch voor noten".</summary>
    private static int Avoided(TokenizedText t, int i, ref int mask, ref bool mentioned)
    {
        var j = i + 1;
        if (t.IsAny(i, "allergisch", "allergie", "intolerant"))
        {
            if (!t.Is(j, "voor"))
            {
                return i;
            }

            j++;
        }

        if (t.IsAny(i, "mag") && !t.IsAny(j, "geen", "niks", "niets"))
        {
            return i;
        }

        if (t.Is(i, "mag"))
        {
            // "mag geen zout", "mag niks met gluten".
            j += t.IsAny(j, "niks", "niets") && t.Is(j + 1, "met") ? 2 : 1;
        }

        if (t.IsAny(j, "te", "teveel"))
        {
            j += t.Is(j + 1, "veel") ? 2 : 1;
        }

        var last = i;
        while (j < t.Count)
        {
            var w = t.W(j);
            if (DietWords.Avoided.TryGetValue(w, out var diet))
            {
                var onlyReduction = t.IsAny(i, "weinig", "minder", "beperkt") && diet is not (Diet.LowSalt or Diet.Diabetic);
                if (!onlyReduction)
                {
                    mask |= 1 << (int)diet;
                    mentioned = true;
                }

                last = j;
                j++;
            }
            else if (t.Is(i, "geen") && DietWords.NoWishes.Contains(w))
            {
                mentioned = true;
                return j;
            }
            else if (w is "en" or "of" or "geen" or "ook" or "en/of" || t.IsPunct(j, ',') || t.IsPunct(j, '/') || w is "vis" or "vlees" && j > last)
            {
                j++;
            }
            else
            {
                break;
            }

            if (j - last > 3)
            {
                break;
            }
        }

        return last;
    }

    private static bool IsSoft(TokenizedText t, int i)
    {
        var w = t.W(i);
        if (w is "zacht" or "zachte" or "fijngemaakt" or "geprakt" or "gepureerd" or "prakje" or "prakjes")
        {
            return t.Near(i, 6, 2, "eten", "eet", "voedsel", "voeding", "maaltijd", "dieet", "gekookt", "kost", "alles", "prakjes", "prakje")
                || w is "gepureerd" or "geprakt" or "fijngemaakt";
        }

        if (w is "kauwen" or "slikken")
        {
            for (var j = Math.Max(0, i - 4); j < i; j++)
            {
                if (t.IsAny(j, "moeilijk", "slecht", "niet", "moeite", "lastig", "nauwelijks", "makkelijk"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool SaysNoWishes(TokenizedText t, int i)
    {
        var w = t.W(i);
        if (w == "alles" && (t.IsAny(i - 1, "eten", "lusten", "eet") || (t.IsAny(i - 1, "ik", "we", "wij", "hij", "zij", "ze") && t.IsAny(i - 2, "eten", "lusten"))))
        {
            return true;
        }

        return w is "wensen" or "dieet" or "dieetwensen" or "allergie" or "allergieen" or "bijzonderheden" or "voorkeur" or "beperkingen"
            && (t.IsAny(i - 1, "geen", "speciale", "bijzondere") && (t.IsAny(i - 2, "geen") || t.Is(i - 1, "geen")));
    }
}
