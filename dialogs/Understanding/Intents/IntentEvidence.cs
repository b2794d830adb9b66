namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Whether a message says enough for an intent: a domain needs more than a noun ("de ladder" is a
/// reply, not a loan request), a greeting little else besides.
/// </summary>
internal static class IntentEvidence
{
    /// <summary>
    /// A domain needs more than a noun: a lending verb for loans, a help word or someone asking or
    /// offering for help, a meal word or someone asking or offering for food ("de ladder", "geen
    /// varkensvlees", "hoe laat gaat de apotheek open" are not requests).
    /// </summary>
    public static bool SaysEnough(TokenizedText t, Domain domain, double request, double offer)
    {
        var direction = Math.Max(request, offer);
        return domain switch
        {
            Domain.Loan => direction >= 1.5 || t.HasAny("lenen", "uitlenen", "bruikleen"),
            Domain.Help => direction >= 2 || t.HasAny("hulp", "helpen", "klusje", "klus", "klussen", "vrijwilliger") || (t.Has("help") && t.WordCount() > 2),
            Domain.Meal => direction >= 1 || MealCore(t),
            _ => false,
        };
    }

    private static bool MealCore(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            var w = t.W(i);
            if ((MealWords.MealNouns.Contains(w) && !(w == "portie" && t.WordCount() <= 3) && !t.Surface(i).StartsWith("gegeten")) || w == "meeeten" || (w == "koken" && VerbWords.Classify(t, i) != VerbClass.None))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"hallo", "goedemorgen mevrouw", "hoi, ik ben nieuw hier": a greeting and little else.</summary>
    public static bool OnlyGreets(TokenizedText t)
    {
        var other = 0;
        var question = false;
        for (var i = 0; i < t.Count; i++)
        {
            if (t[i].Kind == TokenKind.Word && !t.IsAny(i, "hallo", "goedemorgen", "goedemiddag", "goedenavond", "goedendag", "goede", "goeie", "morgen", "middag",
                "avond", "dag", "doei", "tot", "ziens", "later", "beste", "allemaal", "iedereen", "buren", "buurt", "mevrouw", "meneer", "met", "groeten", "daar", "lieve", "fijne"))
            {
                other++;
            }

            question |= t.IsPunct(i, '?');
        }

        return other <= 2 || (other <= 4 && !question);
    }
}
