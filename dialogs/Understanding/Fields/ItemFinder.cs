namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The thing a loan is about: a known item ("twee klapstoelen" gives "klapstoel", a typo is
/// corrected, a compound keeps its own first part: "tuinstoelen" gives "tuinstoel"), else the noun
/// in a lending phrase ("een fondueset te leen"), without article or adjectives, in the singular.
/// "X of Y" gives X.
/// </summary>
internal static class ItemFinder
{
    /// <param name="structural">Also take an unknown noun from a lending phrase (for loan messages).</param>
    public static string? Find(TokenizedText t, bool structural)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.W(i);
            if (w.Length > 0 && ItemWords.All.Contains(w) && t[i].Match != WordMatch.Unknown && !IsNotAThing(t, i))
            {
                return Spell(t, i);
            }
        }

        return structural ? FromPhrase(t) : null;
    }

    private static string Spell(TokenizedText t, int i)
    {
        ref readonly var token = ref t[i];
        var surface = t.Surface(i);
        if (token.Match == WordMatch.Variant && (surface.EndsWith("je") || surface.EndsWith("jes")))
        {
            // A diminutive is kept as written, in the singular: "kinderbedjes" gives "kinderbedje".
            return new string(surface.EndsWith("jes") ? surface[..^1] : surface);
        }

        if (token.Match != WordMatch.Compound)
        {
            return token.Word!;
        }

        var head = surface[token.HeadStart..];
        var headWord = head.EndsWith("je") || head.EndsWith("jes") ? (head.EndsWith("jes") ? head[..^1] : head).ToString() : token.Word;
        return string.Concat(t.Text.AsSpan(token.Start, token.HeadStart), headWord);
    }

    /// <summary>Words that are also things but here are not: "met de auto", "de trap op", "op slot".</summary>
    private static bool IsNotAThing(TokenizedText t, int i)
    {
        var w = t.W(i);
        return w switch
        {
            "auto" or "bus" or "fiets" or "trein" => (t.IsAny(i - 1, "de", "met") && t.IsAny(i - 2, "met", "per", "naar", "in", "uit")) || t.Is(i - 1, "per") || t.IsAny(i + 1, "naar", "gaat", "rijdt"),
            "trap" => t.IsAny(i + 1, "op", "af", "oplopen", "aflopen", "is") || (t.IsAny(i - 1, "de") && t.IsAny(i - 2, "van", "op")),
            "slot" => t.Is(i - 1, "op"),
            "tafel" => t.Is(i - 1, "aan"),
            "bord" or "bordje" or "pan" or "bakje" => FoodVessels.IsFoodVessel(t, i) || t.IsAny(i - 1, "warm", "vol"),
            "lift" => true,
            _ => false,
        };
    }

    private static string? FromPhrase(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (!t.IsAny(i, "een", "de", "het", "je", "jouw", "uw", "jullie", "mijn", "m'n", "mn", "onze", "ons", "twee", "drie", "vier", "paar", "wat", "enkele", "nog"))
            {
                continue;
            }

            var j = i + 1;
            while (j < t.Count && IsAdjective(t, j))
            {
                j++;
            }

            if ((uint)j >= (uint)t.Count || t[j].Kind != TokenKind.Word || t[j].Match != WordMatch.Unknown || t[j].Length < 3)
            {
                continue;
            }

            if (IsLendingContext(t, j + 1))
            {
                var noun = t.W(j);
                return IsPlural(t, i, noun) ? DutchSingularizer.Guess(noun) : noun;
            }
        }

        return null;
    }

    private static bool IsPlural(TokenizedText t, int determiner, string noun) =>
        t.IsAny(determiner, "twee", "drie", "vier", "paar", "wat", "enkele") || noun.EndsWith("'s", StringComparison.Ordinal) ||
        (noun.EndsWith("en", StringComparison.Ordinal) && t.IsAny(determiner, "de", "mijn", "onze", "je", "jouw"));

    private static bool IsAdjective(TokenizedText t, int j)
    {
        if (t[j].Kind != TokenKind.Word)
        {
            return false;
        }

        var w = t.W(j);
        if (w is "goed" or "groot" or "klein" or "oud" or "nieuw" or "lang" or "kort" or "zwaar" or "licht" or "stevig" or "extra" or "elektrisch")
        {
            return true;
        }

        return w.Length > 4 && w.EndsWith('e') && t[j].Match == WordMatch.Unknown && !t.IsAny(j + 1, "lenen", "te", "die", "dat", "?");
    }

    private static bool IsLendingContext(TokenizedText t, int i) =>
        i >= t.Count || t.IsAny(i, "lenen", "uitlenen", "te", "die", "dat", "voor", "gebruiken", "hebben", "heeft", "nodig", "om", "tot", "van", "mag", "mogen", "kan", "kunnen", "en", "of")
        || t[i].Kind == TokenKind.Punct;
}
