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
        for (var i = 0; i <= t.Count; i++)
        {
            if (i == t.Count || SentenceShape.IsSentenceEnd(t, i))
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

    private static DirectionTally Sentence(TokenizedText t, int from, int to, bool asksOthers, DirectionTally score)
    {
        var question = t.IsPunct(to + 1, '?') || t.IsPunct(to, '?');
        var subject = Perspective.Unknown;
        var clauseHasSubject = false;
        var clauseStart = from;
        var clauseFirst = SentenceShape.FirstContent(t, from, to);
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
                clauseFirst = SentenceShape.FirstContent(t, clauseStart, to);
            }

            if (!clauseHasSubject && i == clauseFirst && VerbWords.IsElidedFirst(t, i) && SubjectReader.After(t, i, to) is null && !question
                && !(w == "help" && SentenceShape.IsLastWord(t, i)))
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
                    if (!asked && who == Perspective.Others && AskingCues.AsksSomeone(t, i, question))
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
                if (!asked && after == Perspective.Others && t.IsAny(i, "kan", "kun", "kunt", "kunnen", "zou", "zouden", "wil", "wilt", "willen", "wilde") && !AskingCues.OffersToThem(t, i))
                {
                    asked = true;
                    score = score.AddRequest(2.5);
                }
            }

            score = DirectionVerbs.Verb(t, i, clauseStart, to, clauseHasSubject ? subject : Perspective.Unknown, subject, SentenceShape.SelfNear(t, i, from), score);
            score = DirectionCues.Cue(t, i, subject, asksOthers, question, score);

            if (outer is { } restore && VerbWords.IsFinite(t, i) && !SentenceShape.IsVerbAhead(t, i + 1))
            {
                subject = restore;
                outer = null;
            }
        }

        return score;
    }
}
