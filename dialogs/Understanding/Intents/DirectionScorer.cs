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
        var asksOthers = AskingCues.AsksOthers(t);
        var start = 0;
        var beforeQuestion = (DirectionTally?)null;
        for (var i = 0; i <= t.Count; i++)
        {
            if (i == t.Count || SentenceShape.IsSentenceEnd(t, i))
            {
                if (i > start && beforeQuestion is { } before && SentenceShape.IsSelfAnswer(t, start, i - 1))
                {
                    // "Kan iemand helpen met de was? Ja, ik!": the sender answers the question they asked, which offers.
                    score = new DirectionTally(before.Request, score.Offer + (score.Request - before.Request));
                }
                else if (i > start)
                {
                    var was = score;
                    score = Sentence(t, start, i - 1, asksOthers, score);
                    beforeQuestion = t.IsPunct(i, '?') ? was : null;
                }

                start = i + 1;
            }
        }

        return (score.Request, score.Offer);
    }

    private static DirectionTally Sentence(TokenizedText t, int from, int to, bool asksOthers, DirectionTally score)
    {
        var question = t.IsPunct(to + 1, '?') || t.IsPunct(to, '?');
        var subject = Perspective.Unknown;
        var clauseHasSubject = false;
        var clauseStart = from;
        var clauseFirst = SentenceShape.FirstContent(t, from, to);
        var outer = (Perspective?)null;
        var asked = false;
        var condition = Condition.None;
        for (var i = from; i <= to; i++)
        {
            var w = t.W(i);
            if (t.IsPunct(i, ',') || t.IsPunct(i, ':') || t.IsAny(i, "en", "maar", "of", "omdat", "als", "want", "dus", "zodat", "mocht", "die", "dat"))
            {
                condition = Condition.At(t, i, condition);
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
                clauseFirst = SentenceShape.FirstContent(t, clauseStart, to);
            }

            if (!clauseHasSubject && i == clauseFirst && VerbWords.IsElidedFirst(t, i) && SubjectReader.After(t, i, to) is null && !question
                && !(w == "help" && (SentenceShape.IsLastWord(t, i) || SentenceShape.IsCry(t, i))))
            {
                // "kook vrijdag nasi": the sender; "kom gerust mee-eten", "kom maar halen": the reader, invited.
                // "Wie wil, kan een bakje krijgen": after a whoever-clause the verb is theirs.
                subject = t.IsAny(i + 1, "gerust", "maar", "allemaal", "vooral") || (t.IsAny(i + 1, "het", "ze", "hem", "dat") && t.IsAny(i + 2, "maar", "gerust"))
                    || (t.Is(from, "wie") && AskingCues.IsWhoever(t, from))
                    ? Perspective.Others
                    : Perspective.First;
                clauseHasSubject = true;
            }

            if (condition.IsOpen && condition.VerbSeen && VerbWords.IsFinite(t, i) && SubjectReader.At(t, i - 1) is null && !(t.Is(i, "zijn") && Vocabulary.IsNoun(t.W(i + 1))))
            {
                // "als iemand hem nodig heeft mag hij hem lenen": the main clause starts at its verb.
                condition = condition.Close();
                clauseHasSubject = false;
            }

            if (SubjectReader.At(t, i) is { } who && !(clauseHasSubject && SubjectReader.IsGroupNoun(t, i)))
            {
                who = condition.Resolve(t, i, who);
                var inverted = VerbWords.IsFinite(t, i - 1) || (t.Is(i - 1, "er") && VerbWords.IsFinite(t, i - 2)) || (w == "iemand" && AskingCues.IsThereSomeone(t, i));
                if (!clauseHasSubject || inverted || w == "wie")
                {
                    subject = who;
                    clauseHasSubject = true;
                    condition = condition.WithSubject(who);
                    if (!asked && who == Perspective.Others && AskingCues.AsksSomeone(t, i, question))
                    {
                        asked = true;
                        score = score.AddRequest(2.5);
                    }
                    else if (w == "wie" && AskingCues.WhoWants(t, i))
                    {
                        // "Wie wil, kan een bakje krijgen", "wie wil er hulp met zijn computer?": who wants what the sender gives.
                        score = score.AddOffer(2.5);
                    }
                }
                continue;
            }

            if (VerbWords.IsFinite(t, i) && SubjectReader.After(t, i, to) is { } after)
            {
                subject = after;
                clauseHasSubject = true;
                condition = condition.WithSubject(after);
                if (!asked && !condition.IsOpen && !condition.OthersSpoken && after == Perspective.Others && t.IsAny(i, "kan", "kun", "kunt", "kunnen", "zou", "zouden", "wil", "wilt", "willen", "wilde") && !AskingCues.OffersToThem(t, i))
                {
                    asked = true;
                    score = score.AddRequest(2.5);
                }
            }

            if (condition.IsOpen)
            {
                // "als iemand hem nodig heeft", "als dat nodig is", "als iemand een praatje wil maken": a need or wish
                // of others that the sender answers, not something the sender asks for.
                condition = condition.WithVerb(t, i);
                if (VerbWords.Classify(t, i) == VerbClass.Need && subject != Perspective.Others)
                {
                    // "als je hem nodig hebt": the reader's need, which the sender answers.
                    score = condition.OthersSpoken && subject == Perspective.Unknown ? score.AddOffer(3) : score;
                    continue;
                }

                if (subject == Perspective.Others && t.IsAny(i, "wil", "wilt", "willen"))
                {
                    // "als iemand zijn hond mee wil geven", but "als iemand mij wil helpen" asks politely.
                    score = SentenceShape.SelfNear(t, i + 4, clauseStart) ? score.AddRequest(2) : score.AddOffer(2);
                }

                if (subject == Perspective.Others && VerbWords.Classify(t, i) == VerbClass.Give && !SentenceShape.SelfNear(t, i, clauseStart))
                {
                    // "als iemand zijn hond mee wil geven": their thing handed to the sender; "als iemand mij kan brengen" still asks.
                    continue;
                }
            }

            score = DirectionVerbs.Verb(t, i, clauseStart, to, clauseHasSubject ? subject : Perspective.Unknown, subject, SentenceShape.SelfNear(t, i, from), score);
            score = DirectionCues.Cue(t, i, subject, asksOthers, question, score);

            if (outer is { } restore && VerbWords.IsFinite(t, i) && !SentenceShape.IsVerbAhead(t, i + 1))
            {
                // The verb ends the relative clause, unless a subject follows it: "die mogen mensen lenen" is a main clause.
                subject = SubjectReader.After(t, i, to) ?? restore;
                outer = null;
            }
        }

        return score;
    }
}
