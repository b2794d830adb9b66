namespace BuurtBot.Dialogs.Understanding;

/// <summary>Where sentences end and what lies near a word: the small look-arounds the direction rules share.</summary>
internal static class SentenceShape
{
    public static bool IsSentenceEnd(TokenizedText t, int i)
    {
        if (t[i].Kind == TokenKind.Symbol)
        {
            // An emoji usually closes a sentence: "... te koken 😅 Iemand die ...?"
            return true;
        }

        if (t[i].Kind != TokenKind.Punct)
        {
            return false;
        }

        var c = (char)t[i].Value;
        if (c == '.')
        {
            // "18.30", "p.p.", "a.s." are not the end of a sentence.
            return !(t.IsNumber(i - 1) && t.IsNumber(i + 1) && t.Touches(i - 1)) && !(i > 0 && t[i - 1].Length == 1 && t[i - 1].Kind == TokenKind.Word);
        }

        return c is '!' or '?' or ';';
    }

    /// <summary>"Ja, ik!", "ik!", "hier!", "ikke": the sender answering a question, here their own.</summary>
    public static bool IsSelfAnswer(TokenizedText t, int from, int to)
    {
        var self = false;
        for (var i = from; i <= to; i++)
        {
            if (t[i].Kind == TokenKind.Number || (t.IsWord(i) && !t.IsAny(i, "ja", "ik", "ikke", "wij", "we", "hier", "wel", "hoor", "natuurlijk", "zeker")))
            {
                return false;
            }

            self |= t.IsAny(i, "ik", "ikke", "wij", "we", "hier");
        }

        return self;
    }

    public static bool NearMeal(TokenizedText t, int i, int ahead)
    {
        for (var j = i + 1; j <= Math.Min(t.Count - 1, i + ahead); j++)
        {
            if (MealEvidence.IsMealWord(t.W(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Help!", "help, mijn tablet...", "help mijn printer doet raar", "help me": a cry for help opening the message.</summary>
    public static bool IsCry(TokenizedText t, int i) =>
        t.Is(i, "help") && (i == 0 || t[i - 1].Kind != TokenKind.Word)
        && (t.IsPunct(i + 1, ',') || t.IsPunct(i + 1, '!') || t.IsPunct(i + 1, '.') || t[i + 1].Kind == TokenKind.Symbol
            || t.IsAny(i + 1, "mijn", "m'n", "onze", "ons", "me", "mij", "toch", "nou", "alsjeblieft", "alstublieft", "aub", "de", "het"));

    public static bool IsLastWord(TokenizedText t, int i)
    {
        for (var j = i + 1; j < t.Count; j++)
        {
            if (t[j].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsVerbAhead(TokenizedText t, int i) =>
        i < t.Count && (VerbWords.Classify(t, i) != VerbClass.None || VerbWords.IsFinite(t, i) || (t[i].Kind == TokenKind.Word && t.Surface(i).EndsWith("en") && t.Is(i + 1, ".")));

    /// <summary>"kan iemand mij een ladder lenen", "kan iemand voor mijn moeder": the sender's side is the one that gets it.</summary>
    public static bool SelfNear(TokenizedText t, int i, int from)
    {
        for (var j = Math.Max(from, i - 6); j < i; j++)
        {
            if ((t.IsAny(j, "mij", "me", "ons") && !t.IsAny(j - 1, "bij", "van")) || (t.Is(j, "voor") && t.IsAny(j + 1, "mijn", "onze") && RelationWords.All.ContainsKey(t.W(j + 2))))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Negated(TokenizedText t, int i, int from, int to)
    {
        for (var j = Math.Max(from, i - 5); j <= Math.Min(to, i + 4); j++)
        {
            if (t.IsAny(j, "niet", "geen", "nooit", "nauwelijks") && !t.IsAny(j + 1, "alleen", "altijd"))
            {
                return true;
            }
        }

        return false;
    }

    public static int FirstContent(TokenizedText t, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (t[i].Kind == TokenKind.Word && !t.IsAny(i, "hallo", "goedemorgen", "goedemiddag", "goedenavond", "ja", "nou", "net", "morgen", "vandaag",
                "vanavond", "ook", "nog", "dan", "toevallig", "misschien", "eigenlijk", "zelf", "hier", "verder", "bovendien", "overmorgen"))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool NearVerb(TokenizedText t, int i)
    {
        for (var j = Math.Max(0, i - 4); j <= Math.Min(t.Count - 1, i + 6); j++)
        {
            if (VerbWords.Classify(t, j) != VerbClass.None)
            {
                return true;
            }
        }

        return false;
    }
}
