namespace BuurtBot.Dialogs.Understanding;

/// <summary>Reads who is speaking of whom: subject words and their perspective.</summary>
internal static class SubjectReader
{
    /// <summary>The perspective token <paramref name="i"/> would bring as a subject, or null when it cannot be one.</summary>
    public static Perspective? At(TokenizedText t, int i)
    {
        if (t.IsAny(i - 1, "bij", "voor", "met", "naar", "aan", "van", "om", "op", "over", "zonder", "door", "tegen") && !(t.Is(i, "wie") && t.IsAny(i - 1, "voor", "aan")))
        {
            return null;
        }

        var w = t.W(i);
        if (w is "vrijwilliger" or "vrijwilligers" && t.IsAny(i - 1, "ben", "word", "worden", "als", "wil", "een"))
        {
            return null;
        }

        switch (w)
        {
            case "ik" or "we" or "wij" or "ikzelf":
                return Perspective.First;
            case "buurtgenoot" or "buurtbewoner" when t.Surface(i).EndsWith("n") || t.Surface(i).EndsWith("s"):
                // "buurtgenoten", "buurtbewoners": the neighbours at large.
                return Perspective.Others;
            case "iemand" or "wie" or "niemand" or "vrijwilliger" or "vrijwilligers" or "iedereen" or "buurtgenoten":
                return Perspective.Others;
            case "mensen" or "buren" when t.IsAny(i + 1, "die") || t.IsAny(i - 1, "er", "zijn", "die", "dat") || CountedAfterEr(t, i):
                return Perspective.Others;
            case "mensen" or "buren" or "anderen" or "buurtgenoten" when AfterToppedVerb(t, t.Is(i - 1, "de") ? i - 2 : i - 1):
                // "die mogen mensen lenen", "die ladder mogen de buren altijd lenen": the subject after the verb;
                // not "(ik) kan mensen brengen", where the verb opens the clause.
                return Perspective.Others;
            case "jullie" or "u" or "je" or "jij" when VerbWords.Modal.Contains(t.W(i - 1)) || VerbWords.Modal.Contains(t.W(i + 1)):
                return Perspective.Others;
            case "hij" or "zij" or "ze":
                return Perspective.Third;
        }

        if (RelationWords.All.ContainsKey(w) && t.IsAny(i - 1, "mijn", "m'n", "mn", "onze", "de") && !t.IsAny(i - 2, "voor", "van", "bij", "met", "naar", "aan", "namens"))
        {
            return Perspective.Third;
        }

        return null;
    }

    /// <summary>"er kunnen nog 3 mensen aanschuiven", "er mogen nog wel twee mensen bij".</summary>
    private static bool CountedAfterEr(TokenizedText t, int i)
    {
        var j = i - 1;
        while (j > i - 5 && (t.IsNumber(j) || NumberWords.Cardinals.ContainsKey(t.W(j)) || t.IsAny(j, "nog", "wel", "een", "paar", "enkele", "ook")))
        {
            j--;
        }

        return j < i - 1 && (t.Is(j, "er") || (VerbWords.Modal.Contains(t.W(j)) && t.Is(j - 1, "er")));
    }

    private static bool AfterToppedVerb(TokenizedText t, int verb) =>
        VerbWords.Modal.Contains(t.W(verb)) && t.IsWord(verb - 1) && !t.IsAny(verb - 1, "en", "maar", "of", "want", "dus", "ook", "ik", "we", "wij", "en");

    /// <summary>"mensen", "buren": a group that is the subject only in a clause that has none yet ("ik wil mensen helpen").</summary>
    public static bool IsGroupNoun(TokenizedText t, int i) => t.IsAny(i, "mensen", "buren", "anderen", "buurtgenoten", "ouderen");

    /// <summary>"iemand die", "mensen die", "(voor) ouderen die": the people a relative clause is about.</summary>
    public static Perspective? Antecedent(TokenizedText t, int i) =>
        t.IsAny(i, "iemand", "mensen", "ouderen", "anderen", "buren", "iedereen", "wie", "vrijwilliger", "vrijwilligers", "buurtgenoten", "niemand")
            ? Perspective.Others
            : RelationWords.All.ContainsKey(t.W(i)) && t.IsAny(i - 1, "mijn", "m'n", "onze", "een", "de") ? Perspective.Third : null;

    /// <summary>
    /// A subject written right after a finite verb: "kan er iemand", "heeft u", "kook ik". After a
    /// modal any subject; after a full verb only "ik"/"we" ("zoek iemand" is an object).
    /// </summary>
    public static Perspective? After(TokenizedText t, int verb, int end)
    {
        // After a modal or a third-person form any subject ("kan iemand", "kookt iemand"); after a first-person stem only "ik".
        var modal = VerbWords.Modal.Contains(t.W(verb)) || t.Surface(verb).EndsWith('t');
        for (var j = verb + 1; j <= Math.Min(end, verb + 4); j++)
        {
            if (At(t, j) is { } p)
            {
                return modal || p == Perspective.First ? p : null;
            }

            if (t[j].Kind != TokenKind.Word || VerbWords.Classify(t, j) != VerbClass.None || VerbWords.IsFinite(t, j)
                || !(t.IsAny(j, "er", "dan", "toch", "ook", "nog", "wel", "misschien", "morgen", "vandaag", "overmorgen", "vanavond", "straks", "even", "toevallig")
                     || CalendarWords.Weekdays.ContainsKey(t.W(j))))
            {
                break;
            }
        }

        return null;
    }
}
