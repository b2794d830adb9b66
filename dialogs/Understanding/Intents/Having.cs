namespace BuurtBot.Dialogs.Understanding;

/// <summary>Whether what the sender (or someone they speak of) has is there to give: leftovers, a thing to lend, time.</summary>
internal static class Having
{
    /// <summary>"ik heb nog soep over", "heb een ladder die je mag lenen", "ik heb woensdag tijd".</summary>
    public static bool HasToGive(TokenizedText t, int i, Perspective subject)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 9); j++)
        {
            if (t[j].Kind == TokenKind.Punct && t[j].Value is '.' or '?' or '!')
            {
                return false;
            }

            var w = t.W(j);
            if (w is "nodig" or "behoefte" or "hulp" or "honger" or "geen" or "vraag" or "probleem")
            {
                return false;
            }

            if (w is "tijd" or "beschikbaar" or "staan" or "liggen" or "over" or "teveel" or "overgebleven" or "plaats" or "plek" or "plekje" or "ruimte"
                || (w == "lenen" && t.Is(j - 1, "te")))
            {
                return true;
            }

            if (t.Surface(j).StartsWith("ge") && t.Surface(j).Length >= 6 && (t.Surface(j).EndsWith("t") || t.Surface(j).EndsWith("d")
                || (t.Surface(j).EndsWith("en") && !t.Surface(j).SequenceEqual(t.W(j)))))
            {
                // "ik heb vandaag heerlijk gekookt, boerenkool": a perfect tense, not having something.
                return false;
            }

            if (MealEvidence.IsMealWord(w) && PastNotMadeAfter(t, j))
            {
                // "vorige week heb ik soep gehad": what happened, not leftovers to give ("heb soep gemaakt" still offers).
                return false;
            }

            if (ItemWords.All.Contains(w) && (AskingCues.ParticipleAfter(t, j) || (subject == Perspective.Third && !OffersThing(t))))
            {
                // "ik heb een boormachine gekocht", "mijn kleinzoon heeft een nieuwe fiets": news, not an offer.
                return false;
            }

            if ((ItemWords.All.Contains(w) || MealEvidence.IsMealWord(w)) && !t.Near(j, 0, 6, "nodig", "kapot", "stuk", "zoek"))
            {
                return true;
            }

            if (w is "die" or "dat" && (ItemWords.All.Contains(t.W(j - 1)) || t[j - 1].Match == WordMatch.Unknown) && !t.Near(j, 0, 4, "kapot", "stuk"))
            {
                return true;
            }
        }

        return false;
    }

    public static bool PastNotMadeAfter(TokenizedText t, int j)
    {
        for (var k = j + 1; k < Math.Min(t.Count, j + 6) && t[k].Kind == TokenKind.Word; k++)
        {
            var s = t.Surface(k);
            if (s.Length >= 5 && s.StartsWith("ge") && (s.EndsWith("d") || s.EndsWith("t") || s.EndsWith("en")) && VerbWords.Classify(t, k) != VerbClass.Give
                && !(MealEvidence.IsMealWord(t.W(k)) && s.SequenceEqual(t.W(k))) && !(s.EndsWith("en") && s.SequenceEqual(t.W(k))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Something in the message says a thing may be used by others: lending, "mag", "wie", "beschikbaar", "over".</summary>
    public static bool OffersThing(TokenizedText t) =>
        t.HasAny("lenen", "uitlenen", "gebruiken", "mag", "mogen", "wie", "iemand", "beschikbaar", "over", "staan", "liggen", "gratis", "halen", "ophalen", "weg");

    /// <summary>"heb 3 porties over", "soep over!", "er is nog over": leftovers, not "over twee dagen" or "kwart over vijf".</summary>
    public static bool IsLeftover(TokenizedText t, int i)
    {
        if (i + 1 < t.Count && t[i + 1].Kind == TokenKind.Word && !t.IsAny(i + 1, "voor", "wie", "als", "en", "dus", "maar", "om", "van", "vanavond", "vandaag", "morgen", "hoor", "hier", "nog"))
        {
            return false;
        }

        if (t.IsNumber(i + 1) || t.IsAny(i + 1, "een", "twee", "drie", "half", "de", "het", "mijn", "hoe", "wat", "dit", "dat", "deze", "iets", "mij", "haar", "hem", "zijn")
            || t.Is(i - 1, "kwart") || NumberWords.Cardinals.ContainsKey(t.W(i + 1)))
        {
            return false;
        }

        if (i >= 1 && (NumberWords.Cardinals.ContainsKey(t.W(i - 1)) || t.IsNumber(i - 1)) && (t.IsNumber(i + 1) || NumberWords.Cardinals.ContainsKey(t.W(i + 1))))
        {
            return false;
        }

        return true;
    }
}
