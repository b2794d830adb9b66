namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// What a verb says about asking or offering, given who does it: giving by the sender offers, giving
/// by the neighbours asked is a request, getting is the other way round; a job is an offer only when
/// done for others or offered as an ability.
/// </summary>
internal static class DirectionVerbs
{
    /// <param name="own">The subject of this clause, Unknown when the clause has none of its own ("..., hulp nodig").</param>
    /// <param name="carried">The subject carried over from earlier in the sentence ("ik ben 70 en wil helpen").</param>
    public static DirectionTally Verb(TokenizedText t, int i, int from, int to, Perspective own, Perspective carried, bool selfNamed, DirectionTally score)
    {
        var verb = VerbWords.Classify(t, i);
        if (verb == VerbClass.None)
        {
            return score;
        }

        var subject = verb == VerbClass.Need ? own : carried;
        if (verb == VerbClass.Give && VerbWords.IsElidedFirst(t, i) && (t.IsAny(i + 1, "maar", "gerust") || (t.IsAny(i + 1, "het", "ze", "hem", "dat") && t.IsAny(i + 2, "maar", "gerust"))))
        {
            // "breng het maar": the reader is asked.
            subject = Perspective.Others;
        }
        if (verb == VerbClass.Give && IsBroughtParticiple(t, i))
        {
            // "graag thuisbezorgd", "kan het gebracht worden?", "mag gebracht worden": the sender wants it brought.
            // Said as a plain statement ("het wordt gebracht") it says nothing about who asks.
            return WantsItBrought(t, i, from, to) ? score.AddRequest(2.5) : score;
        }

        if (verb is VerbClass.Get or VerbClass.Task && IsPerfect(t, i, from))
        {
            // "ik heb een ladder gekregen", "heb het gras gemaaid": something that happened, not asked or offered.
            return score;
        }

        if (verb == VerbClass.Give && carried == Perspective.Unknown && own == Perspective.Unknown && t.IsAny(i, "brengen", "bezorgen", "langsbrengen", "thuisbrengen")
            && t.Surface(i).EndsWith("en") && !t.Near(i, 3, 3, "kan", "kunnen", "kun", "wil", "mag", "zal", "moet", "ik", "we")
            && (t.Near(i, 3, 2, "graag", "aub", "alstublieft", "svp", "liefst", "thuis") || (t.Is(i + 1, "bij") && t.IsAny(i + 2, "mij", "ons", "mijn", "onze"))))
        {
            // "..., thuis bezorgen", "brengen aub": the way the sender wants it.
            return score.AddRequest(1.5);
        }

        var negated = SentenceShape.Negated(t, i, from, to);
        if (verb == VerbClass.Give && t.Is(i - 1, "graag") && t.Surface(i).EndsWith("en") && t.IsAny(i, "brengen", "bezorgen", "langsbrengen"))
        {
            // "graag brengen": please bring it.
            return score.AddRequest(2);
        }

        return (verb, subject) switch
        {
            (VerbClass.Give, Perspective.First) => negated ? score.AddRequest(2.5) : score.AddOffer(3),
            (VerbClass.Give, Perspective.Others) => negated ? score : score.AddRequest(3),
            (VerbClass.Give, Perspective.Third) => negated ? score.AddRequest(2.5) : selfNamed ? score : score.AddOffer(t.Near(i, 4, 0, "kan", "wil", "wilt") ? 2.5 : 2),
            (VerbClass.Task, Perspective.First or Perspective.Third) => negated ? score.AddRequest(2.5)
                : OffersJob(t, i, from, to) ? score.AddOffer(2.5)
                : score.AddRequest(1.5),
            (VerbClass.Task, Perspective.Others) => negated || t.Near(i, 8, 0, "als", "mocht") ? score : score.AddRequest(2.5),
            (VerbClass.Task, _) => score.AddRequest(1),
            (VerbClass.Get, Perspective.First) => negated ? score : score.AddRequest(3),
            (VerbClass.Get, Perspective.Others) => selfNamed || (t.Is(i, "hebben") && !t.Near(i, 6, 0, "wil", "willen", "wilt", "mag", "mogen")) ? score.AddRequest(3) : t.Is(i, "krijgen") ? score
                : t.Near(i, 4, 0, "mijn", "onze", "ons") ? score.AddOffer(5) : score.AddOffer(4),
            (VerbClass.Get, _) => score.AddRequest(negated ? 0 : 1.5),
            (VerbClass.Need, Perspective.Others) => score.AddOffer(4),
            (VerbClass.Need, Perspective.Unknown) when carried == Perspective.Unknown && AsksReadersNeed(t, from, to) => score.AddOffer(1.5),
            (VerbClass.Need, _) => negated && t.Near(i, 4, 0, "meer") ? score : score.AddRequest(3),
            (VerbClass.Ask, Perspective.Others) => score.AddOffer(1),
            (VerbClass.Ask, _) => score.AddRequest(2.5),
            _ => score,
        };
    }

    /// <summary>
    /// "Soep nodig?", "Hulp nodig met de tuin?": a question without anyone in it asks the reader what they
    /// need, the way an offer opens ("boormachine nodig, iemand?" names the ones asked and is a request).
    /// </summary>
    private static bool AsksReadersNeed(TokenizedText t, int from, int to)
    {
        if (!t.IsPunct(to + 1, '?') && !t.IsPunct(to, '?'))
        {
            return false;
        }

        for (var j = from; j <= to; j++)
        {
            if (t.IsAny(j, "iemand", "wie", "ik", "we", "wij", "mij", "me", "ons", "jullie", "niemand", "toevallig"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPerfect(TokenizedText t, int i, int from)
    {
        var s = t.Surface(i);
        if (s.Length < 6 || s.SequenceEqual(t.W(i)) || !(s.StartsWith("ge") || s[2..].StartsWith("ge") || s[3..].StartsWith("ge")) || !(s.EndsWith("d") || s.EndsWith("t") || s.EndsWith("en")))
        {
            return false;
        }

        for (var j = Math.Max(from, i - 7); j < i; j++)
        {
            if (t.IsAny(j, "heb", "hebt", "heeft", "hebben", "had", "hadden"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"gebracht", "thuisbezorgd": a participle of bringing, which has no subject of its own.</summary>
    private static bool IsBroughtParticiple(TokenizedText t, int i) =>
        t.Surface(i) is "gebracht" or "bezorgd" or "thuisbezorgd" or "thuisgebracht" or "langsgebracht" or "rondgebracht" or "opgestuurd" or "gestuurd";

    private static bool WantsItBrought(TokenizedText t, int i, int from, int to)
    {
        if (t.Near(i, 3, 1, "graag", "liefst", "aub", "alstublieft", "svp", "mag", "mogen", "moet", "moeten") || t.IsPunct(to + 1, '?') || t.IsPunct(to, '?'))
        {
            return true;
        }

        // "kan het gebracht worden" without a question mark: the modal opens the clause.
        for (var j = Math.Max(from, i - 4); j < i; j++)
        {
            if (t.IsAny(j, "kan", "kunnen", "kunt", "zou", "zouden") && t.IsAny(j + 1, "het", "ze", "dat", "die", "hij", "alles") && (j == from || t[j - 1].Kind != TokenKind.Word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"ik wil graag iets doen voor de buurt", "wil graag buren helpen": a wish to serve others, not to get something.</summary>
    public static bool ServesOthers(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 9); j++)
        {
            var k = t.IsWord(j + 1) && t.Surface(j + 1).EndsWith("e") && t[j + 1].Match == WordMatch.Unknown ? j + 2 : j + 1;
            if (t.IsAny(j, "voor", "bij") && (t.IsAny(k, "iemand", "anderen", "ouderen", "mensen", "buren", "wie", "iedereen", "buurtgenoten", "buurtbewoners")
                || (t.IsAny(j + 1, "de", "een") && t.IsAny(j + 2, "buurt", "buren", "wijk", "ouderen", "ander"))))
            {
                return true;
            }

            if (t.IsAny(j, "mensen", "buren", "ouderen", "anderen") && VerbWords.Classify(t, j + 1) is VerbClass.Give or VerbClass.Task)
            {
                return true;
            }

            if (t.IsAny(j, "vrijwilliger", "vrijwilligerswerk") && t.Near(j, 0, 2, "worden", "doen", "zijn"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A job the sender (or their relative) offers to do: for others ("bij iemand", "voor ouderen"), or said
    /// as ability or willingness ("kan honden uitlaten", "maak graag schoon") about no job of their own
    /// ("ik moet mijn gras maaien" is their own job).
    /// </summary>
    private static bool OffersJob(TokenizedText t, int i, int from, int to)
    {
        if (ForOthers(t, from, to))
        {
            return true;
        }

        var willing = t.Near(i, 6, 2, "kan", "kun", "kunnen", "help", "helpen", "graag", "best");
        var own = t.Near(i, 4, 0, "mijn", "m'n", "mn", "onze", "ons") || t.Near(i, 6, 0, "moet", "moeten");
        return willing && !own;
    }

    /// <summary>The sentence names others as the ones served: "iemand", "mensen", "voor de buurt", "ouderen".</summary>
    private static bool ForOthers(TokenizedText t, int from, int to)
    {
        for (var i = from; i <= to; i++)
        {
            if (t.IsAny(i, "iemand", "mensen", "anderen", "ouderen", "buren", "buurtgenoten", "buurtbewoners", "iedereen") || (t.Is(i, "buurt") && t.Is(i - 2, "voor")))
            {
                return true;
            }
        }

        return false;
    }
}
