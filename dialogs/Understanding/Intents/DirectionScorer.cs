namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Weighs whether a message asks or offers, sentence by sentence, from who does what: the sender
/// giving ("ik kook", "help graag", "kan ik iemand rijden") offers; the neighbours asked to give
/// ("kan iemand mij brengen", "wie kan koken") is a request; the sender getting ("mag ik lenen",
/// "ik wil graag eten") asks, the neighbours getting ("wie wil mee-eten", "die mag iemand lenen")
/// is an offer. "nodig" asks, unless the neighbours need it ("wie ... nodig heeft"). Around that:
/// having leftovers or something to lend, "te leen", pick-up notes, a price, "voor mij" or "voor iemand".
/// </summary>
internal static class DirectionScorer
{
    public static (double Request, double Offer) Score(TokenizedText t)
    {
        var score = new DirectionTally(0, 0);
        var asksOthers = AsksOthers(t);
        var start = 0;
        for (var i = 0; i <= t.Count; i++)
        {
            if (i == t.Count || IsSentenceEnd(t, i))
            {
                if (i > start)
                {
                    score = Sentence(t, start, i - 1, asksOthers, score);
                }

                start = i + 1;
            }
        }

        return (score.Request, score.Offer);
    }

    private static bool IsSentenceEnd(TokenizedText t, int i)
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

        return c is '!' or '?' or ';' or ':';
    }

    /// <summary>"heeft iemand", "wie heeft", "is er iemand": the message asks the neighbours for something.</summary>
    private static bool AsksOthers(TokenizedText t)
    {
        for (var i = 0; i < t.Count; i++)
        {
            if (t.Is(i, "iemand") && t.Near(i, 3, 0, "heeft", "kan", "zou", "is", "weet", "hebben", "kent") && !t.Near(i, 4, 0, "als", "mocht"))
            {
                return true;
            }

            if (t.Is(i, "wie") && t.IsAny(i + 1, "heeft", "kan", "zou") && !t.Is(i + 2, "ik") && !t.Near(i, 0, 8, "zin", "trek", "interesse", "nodig"))
            {
                return true;
            }
        }

        return false;
    }

    private static DirectionTally Sentence(TokenizedText t, int from, int to, bool asksOthers, DirectionTally score)
    {
        var question = t.IsPunct(to + 1, '?') || t.IsPunct(to, '?');
        var subject = Perspective.Unknown;
        var clauseHasSubject = false;
        var clauseStart = from;
        var clauseFirst = FirstContent(t, from, to);
        var outer = (Perspective?)null;
        var asked = false;
        for (var i = from; i <= to; i++)
        {
            var w = t.W(i);
            if (t.IsPunct(i, ',') || t.IsAny(i, "en", "maar", "of", "omdat", "als", "want", "dus", "zodat", "mocht", "die", "dat"))
            {
                clauseStart = i + 1;
                clauseFirst = -2;
                clauseHasSubject = false;
                if (outer is { } pending && w is not ("die" or "dat"))
                {
                    // A new clause ends a relative clause that had no verb of its own.
                    subject = pending;
                    outer = null;
                }
                if (w is "die" or "dat" && SubjectReader.Antecedent(t, i - 1) is { } antecedent)
                {
                    // "iemand die ...", "mensen die ...": the relative clause is theirs; the sentence's own subject comes back after its verb.
                    outer = subject;
                    subject = antecedent;
                    clauseHasSubject = true;
                }
                else if (w is "die" or "dat")
                {
                    outer = subject;
                }

                continue;
            }

            if (clauseFirst == -2 && t.IsWord(i))
            {
                clauseFirst = FirstContent(t, clauseStart, to);
            }

            if (!clauseHasSubject && i == clauseFirst && VerbWords.IsElidedFirst(t, i) && SubjectReader.After(t, i, to) is null && !question
                && !(w == "help" && IsLastWord(t, i)))
            {
                // "kook vrijdag nasi": the sender; "kom gerust mee-eten", "kom maar halen": the reader, invited.
                subject = t.IsAny(i + 1, "gerust", "maar", "allemaal", "vooral") || (t.IsAny(i + 1, "het", "ze", "hem", "dat") && t.IsAny(i + 2, "maar", "gerust"))
                    ? Perspective.Others
                    : Perspective.First;
                clauseHasSubject = true;
            }

            if (SubjectReader.At(t, i) is { } who)
            {
                var inverted = VerbWords.IsFinite(t, i - 1) || (t.Is(i - 1, "er") && VerbWords.IsFinite(t, i - 2));
                if (!clauseHasSubject || inverted || w == "wie")
                {
                    subject = who;
                    clauseHasSubject = true;
                    if (!asked && who == Perspective.Others && AsksSomeone(t, i, question))
                    {
                        asked = true;
                        score = score.AddRequest(2.5);
                    }
                }
                continue;
            }

            if (VerbWords.IsFinite(t, i) && SubjectReader.After(t, i, to) is { } after)
            {
                subject = after;
                clauseHasSubject = true;
                if (!asked && after == Perspective.Others && t.IsAny(i, "kan", "kun", "kunt", "kunnen", "zou", "zouden", "wil", "wilt", "willen", "wilde") && !OffersToThem(t, i))
                {
                    asked = true;
                    score = score.AddRequest(2.5);
                }
            }

            score = Verb(t, i, clauseStart, to, clauseHasSubject ? subject : Perspective.Unknown, subject, SelfNear(t, i, from), score);
            score = Cue(t, i, subject, asksOthers, question, score);

            if (outer is { } restore && VerbWords.IsFinite(t, i) && !IsVerbAhead(t, i + 1))
            {
                subject = restore;
                outer = null;
            }
        }

        return score;
    }

    /// <summary>"wie wil er een bakje", "wil iemand mee-eten": asking who wants what the sender has.</summary>
    private static bool OffersToThem(TokenizedText t, int i) =>
        t.Near(i, 0, 6, "meeeten", "mee", "hebben", "proeven", "interesse", "zin") || (NearMeal(t, i, 6) && !t.Near(i, 0, 6, "brengen", "koken", "maken", "bezorgen", "mij", "me"))
        || WantsSome(t, i);

    /// <summary>"wie wil er een paar?", "wie wil?", "wie wil er wat": who wants some of it.</summary>
    private static bool WantsSome(TokenizedText t, int i)
    {
        if (!t.IsAny(i, "wil", "willen"))
        {
            return false;
        }

        for (var j = i + 1; j < t.Count; j++)
        {
            if (t[j].Kind != TokenKind.Word)
            {
                return t.IsPunct(j, '?') || t.IsPunct(j, '!') || t[j].Kind == TokenKind.Symbol;
            }

            if (!t.IsAny(j, "er", "een", "paar", "wat", "ook", "nog", "ze", "hem", "het", "die", "dat", "stuk", "stukje", "portie", "bakje", "beetje", "iets", "hebben", "van"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NearMeal(TokenizedText t, int i, int ahead)
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

    private static bool IsLastWord(TokenizedText t, int i)
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

    private static bool IsVerbAhead(TokenizedText t, int i) =>
        i < t.Count && (VerbWords.Classify(t, i) != VerbClass.None || VerbWords.IsFinite(t, i) || (t[i].Kind == TokenKind.Word && t.Surface(i).EndsWith("en") && t.Is(i + 1, ".")));

    /// <param name="own">The subject of this clause, Unknown when the clause has none of its own ("..., hulp nodig").</param>
    /// <param name="carried">The subject carried over from earlier in the sentence ("ik ben 70 en wil helpen").</param>
    private static DirectionTally Verb(TokenizedText t, int i, int from, int to, Perspective own, Perspective carried, bool selfNamed, DirectionTally score)
    {
        var verb = VerbWords.Classify(t, i);
        if (verb == VerbClass.None)
        {
            return score;
        }

        var subject = verb == VerbClass.Need ? own : carried;
        var negated = Negated(t, i, from, to);
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
            (VerbClass.Get, Perspective.Others) => selfNamed || t.Is(i, "hebben") ? score.AddRequest(3) : t.Is(i, "krijgen") ? score
                : t.Near(i, 4, 0, "mijn", "onze", "ons") ? score.AddOffer(5) : score.AddOffer(4),
            (VerbClass.Get, _) => score.AddRequest(negated ? 0 : 1.5),
            (VerbClass.Need, Perspective.Others) => score.AddOffer(4),
            (VerbClass.Need, _) => negated && t.Near(i, 4, 0, "meer") ? score : score.AddRequest(3),
            (VerbClass.Ask, Perspective.Others) => score.AddOffer(1),
            (VerbClass.Ask, _) => score.AddRequest(2.5),
            _ => score,
        };
    }

    /// <summary>"ik wil graag iets doen voor de buurt", "wil graag buren helpen": a wish to serve others, not to get something.</summary>
    private static bool ServesOthers(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 9); j++)
        {
            if (t.IsAny(j, "voor", "bij") && (t.IsAny(j + 1, "iemand", "anderen", "ouderen", "mensen", "buren", "wie", "iedereen", "buurtgenoten", "buurtbewoners")
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

    /// <summary>Cues around the verbs: leftovers, "te leen", pick-up notes, prices, wishes, beneficiaries.</summary>
    private static DirectionTally Cue(TokenizedText t, int i, Perspective subject, bool asksOthers, bool question, DirectionTally score)
    {
        if (t.IsPunct(i, '€') || (t.IsNumber(i) && t.IsAny(i + 1, "euro", "pp")))
        {
            return score.AddOffer(2);
        }

        var w = t.W(i);
        switch (w)
        {
            case "heb" or "hebt" or "hebben" or "had" or "heeft" when subject is Perspective.First or Perspective.Third:
                return HasToGive(t, i) ? score.AddOffer(subject == Perspective.First ? 2.5 : 2) : score;
            case "heeft" or "hebben" or "hebt" when subject == Perspective.Others:
                return t.Near(i, 0, 6, "zin", "trek", "interesse") ? score.AddOffer(2.5) : t.Near(i, 0, 8, "nodig") || ParticipleAfter(t, i) ? score : score.AddRequest(2.5);
            case "geen" when subject is Perspective.First or Perspective.Third && t.IsAny(i - 1, "heb", "hebben", "hebt", "heeft") && !t.IsAny(i + 1, "tijd", "zin", "probleem", "idee", "behoefte"):
                return score.AddRequest(2);
            case "moet" or "moeten" when subject is Perspective.First or Perspective.Third && t.Near(i, 0, 2, "naar"):
                return score.AddRequest(2);
            case "over":
                return subject != Perspective.Others && !asksOthers && IsLeftover(t, i) ? score.AddOffer(2.5) : score;
            case "overgebleven" or "teveel" or "gratis" or "aanbieden" or "aanbod" or "beschikbaar" or "pp":
                return asksOthers ? score : score.AddOffer(2);
            case "lenen" when t.Is(i - 1, "te"):
                return asksOthers || question || t.Near(i, 0, 2, "gezocht") ? score.AddRequest(1) : score.AddOffer(2.5);
            case "lenen" or "uitlenen" when t.Surface(i) is "geleend" or "uitgeleend" && t.Near(i, 2, 2, "worden", "word", "wordt"):
                return score.AddOffer(3);
            case "zoeken" when t.W(i).Length > 0 && t.Surface(i).SequenceEqual("gezocht"):
                return score.AddRequest(2);
            case "halen" when t.Is(i - 1, "te") && t.Is(i - 2, "af"):
                return score.AddOffer(3);
            case "afhalen" or "ophalen" when t.IsAny(i + 1, "bij", "in", "kan", "vanaf", "tussen") && t.Near(i, 0, 2, "mij", "ons", "het", "vanaf", "tussen"):
                return subject == Perspective.Others ? score : score.AddOffer(2);
            case "kom" or "komen" when t.IsAny(i + 1, "maar", "gerust") && t.Near(i, 0, 4, "halen", "ophalen", "eten", "langs", "meeeten", "proeven"):
                return score.AddOffer(2.5);
            case "bij" when t.Near(i, 3, 0, "iemand") && t.Near(i, 4, 0, "kan", "kunnen", "past", "mag") && (t.IsPunct(i + 1, '.') || t.IsPunct(i + 1, '!') || i + 1 >= t.Count):
                // "daar kan nog wel iemand bij": room for one more.
                return score.AddOffer(3);
            case "vraag" or "zeg" or "bel" or "meld" or "laat" or "stuur" or "reageer" when t.Near(i, 0, 3, "maar", "gerust", "weten") && !t.Near(i, 3, 0, "iemand"):
                return score.AddOffer(1.5);
            case "wie" when t.IsPunct(i + 1, '?') || (t.Is(i + 1, "het") && t.Is(i + 2, "eerst")) || (t.IsAny(i + 1, "wil", "willen", "interesse") && (t.IsPunct(i + 2, '?') || i + 2 >= t.Count)):
                return score.AddOffer(2.5);
            case "wie" when t.IsAny(i + 1, "wil", "willen") && OffersToThem(t, i + 1):
                return score.AddOffer(2.5);
            case "veel" when t.Is(i - 1, "te") && t.Near(i, 8, 0, "koken", "eten", "gekookt", "portie"):
                return score.AddOffer(2);
            case "portie" when t.IsNumber(i - 1) || NumberWords.Cardinals.ContainsKey(t.W(i - 1)):
                return subject == Perspective.Unknown && !t.Near(i, 4, 2, "graag", "wil", "zou", "mij", "ons") && t.WordCount() > 3 ? score.AddOffer(1) : score;
            case "voor":
                return Beneficiary(t, i, score);
            case "graag" when subject == Perspective.Unknown && !NearVerb(t, i):
                return score.AddRequest(1.5);
            case "graag" when subject == Perspective.Unknown && (VerbWords.Classify(t, i + 1) == VerbClass.Give || VerbWords.Classify(t, i - 1) == VerbClass.Give)
                && (t.Surface(i + 1).EndsWith("en") || t.Surface(i - 1).EndsWith("en")):
                return score.AddRequest(2);
            case "graag" or "willen" or "wil" or "wou" when subject is Perspective.First or Perspective.Third && !NearVerb(t, i):
                return ServesOthers(t, i) ? score.AddOffer(2) : score.AddRequest(subject == Perspective.First ? 2 : 1.5);
            case "vrijwilliger" or "vrijwilligster" when t.Near(i, 3, 2, "ben", "word", "worden", "als") && subject == Perspective.First:
                return score.AddOffer(3);
            case "vrij" or "beschikbaar" when t.Near(i, 5, 0, "mijn", "onze", "ons") && t.Near(i, 4, 0, "is", "zijn") && subject != Perspective.First:
                return score.AddOffer(2);
            case "niet" when subject == Perspective.First && t.Near(i, 5, 0, "kan", "kun", "snap", "begrijp", "lukt", "red") && !NearVerb(t, i):
                return score.AddRequest(2.5);
            case "kapot" or "stuk" or "lekt" or "verstopt" or "traag" when subject != Perspective.First || t.Near(i, 4, 0, "mijn", "onze", "de"):
                return score.AddRequest(2);
            case "bel" or "vraag" when subject == Perspective.First && t.Is(i + 1, "voor"):
                return score.AddRequest(2.5);
            case "fijn" or "blij" when t.Near(i, 3, 0, "zou", "zouden", "wordt", "zijn", "vinden") && t.Near(i, 0, 4, "als", "vinden"):
                return score.AddRequest(2);
            case "honger":
                return score.AddRequest(1.5);
            case "help" when IsLastWord(t, i) && i > 2:
                // "... die ik niet snap, help": a cry for help at the end.
                return score.AddRequest(2.5);
            case "mij" when t.Is(i - 1, "bij") && subject != Perspective.Others && NearMeal(t, Math.Max(0, i - 6), 8) && !t.Near(i, 6, 0, "kan", "wil", "kom"):
                // "morgen is er soep bij mij": the food is at the sender's.
                return score.AddOffer(2);
            case "ik" when t.IsAny(i - 1, "mag", "kan") && i >= 1 && !NearVerb(t, i) && NearMeal(t, i, 6):
                // "mag ik ook een portie van de soep?"
                return score.AddRequest(2.5);
            case "worden" when t.Near(i, 6, 0, "moet", "moeten") && !t.Near(i, 6, 0, "vrijwilliger"):
                return score.AddRequest(2);
            case "er" when t.IsAny(i - 1, "is", "zijn") && question && (i - 1 == FirstContent(t, Math.Max(0, i - 4), i) || t[i - 2].Kind != TokenKind.Word):
                return score.AddRequest(2.5);
            case "zin" or "trek" when t.Is(i + 1, "om") && t.Near(i, 0, 8, "koken", "maken", "bakken", "brengen"):
                return score.AddRequest(2);
            case "zin" or "trek" when t.Is(i + 1, "in") && subject == Perspective.First:
                return score.AddRequest(2);
            case "blij" or "fijn" or "gelukkig" when t.Near(i, 4, 0, "zou", "zouden", "zal") && t.Near(i, 0, 3, "met", "als"):
                return score.AddRequest(2);
        }

        return score;
    }

    private static DirectionTally Beneficiary(TokenizedText t, int i, DirectionTally score)
    {
        var next = t.W(i + 1);
        if (next is "mij" or "me" or "ons" or "mezelf" or "mijzelf")
        {
            return score.AddRequest(1.5);
        }

        if (next is "mijn" or "m'n" or "mn" or "onze" && RelationWords.All.ContainsKey(t.W(i + 2)) && !t.Near(i, 4, 0, "ik", "we", "wij"))
        {
            return score.AddRequest(1.5);
        }

        var article = next is "de" && t.IsAny(i + 2, "hele", "gehele") ? i + 3 : i + 2;
        if (next is "iemand" or "anderen" or "ouderen" or "mensen" or "buren" or "wie" or "iedereen" or "buurtbewoners" or "buurtgenoten"
            || (next is "de" && t.IsAny(article, "buurt", "buren", "wijk", "straat", "buurtbewoners", "ouderen")) || (next == "een" && t.Is(i + 2, "ander")))
        {
            return score.AddOffer(1.5);
        }

        return score;
    }

    /// <summary>"ik heb nog soep over", "heb een ladder die je mag lenen", "ik heb woensdag tijd".</summary>
    private static bool HasToGive(TokenizedText t, int i)
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

            if (t.Surface(j).StartsWith("ge") && t.Surface(j).Length >= 6 && (t.Surface(j).EndsWith("t") || t.Surface(j).EndsWith("d")))
            {
                // "ik heb vandaag heerlijk gekookt, boerenkool": a perfect tense, not having something.
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

    /// <summary>"heb 3 porties over", "soep over!", "er is nog over": leftovers, not "over twee dagen" or "kwart over vijf".</summary>
    private static bool IsLeftover(TokenizedText t, int i)
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

    /// <summary>"wie kan/haalt/doet", "iemand die ... ?", "Iemand een X te leen?": the sender asks the neighbours.</summary>
    private static bool AsksSomeone(TokenizedText t, int i, bool question)
    {
        if (t.Is(i, "wie"))
        {
            var next = t.W(i + 1);
            return next.Length > 0 && !t.Is(i + 2, "ik") && next is not ("het" or "de" or "er" or "zin" or "nog" or "heeft" or "hebben") && !OffersToThem(t, i + 1)
                && !(next is "wil" or "willen" && (t.IsPunct(i + 2, '?') || i + 2 >= t.Count)) && !t.IsAny(i - 1, "voor", "als", "aan")
                && (VerbWords.IsFinite(t, i + 1) || VerbWords.Classify(t, i + 1) != VerbClass.None
                    || next is "doet" or "haalt" or "komt" or "gaat" or "helpt" or "rijdt" or "brengt" or "kookt" or "past" or "laat" or "heeft" or "wil");
        }

        if (t.Is(i, "iemand") && t.Is(i - 1, "er") && t.IsAny(i - 2, "is", "zijn") && t.IsAny(i + 1, "die", "dat"))
        {
            // "is er iemand die ...", with or without a question mark.
            return true;
        }

        if (t.Is(i, "iemand") && question)
        {
            return t.Is(i + 1, "die") || i == 0 || t[i - 1].Kind == TokenKind.Punct || t.IsAny(i - 1, "vandaag", "morgen", "hallo", "hoi", "zoek", "zoeken");
        }

        return false;
    }

    /// <summary>"wie heeft mijn kat gezien": a perfect tense, not someone having something.</summary>
    private static bool ParticipleAfter(TokenizedText t, int i)
    {
        for (var j = i + 1; j < Math.Min(t.Count, i + 7) && t[j].Kind == TokenKind.Word; j++)
        {
            var s = t.Surface(j);
            if (s.Length >= 6 && s.StartsWith("ge") && (s.EndsWith("d") || s.EndsWith("t") || s.EndsWith("en")) && !ItemWords.All.Contains(t.W(j)) && !MealEvidence.IsMealWord(t.W(j)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"kan iemand mij een ladder lenen", "kan iemand voor mijn moeder": the sender's side is the one that gets it.</summary>
    private static bool SelfNear(TokenizedText t, int i, int from)
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

    private static bool Negated(TokenizedText t, int i, int from, int to)
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

    private static int FirstContent(TokenizedText t, int from, int to)
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

    private static bool NearVerb(TokenizedText t, int i)
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
