namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Chooses the intent. Stop, cancel, status and menu say what to do with the conversation and come
/// first. A short reply that starts with yes or no is a confirm or decline (the first word that
/// carries an intent decides). Then a request or offer, when the message is about a meal, a loan or
/// help; greetings and thanks around it do not count. Otherwise thanks, a greeting, or none.
/// </summary>
internal static class IntentClassifier
{
    private const double DomainThreshold = 2;

    public static IntentDecision Classify(TokenizedText t)
    {
        if (t.Count == 0)
        {
            return new IntentDecision(Intent.None, 1, null, Domain.None);
        }

        var cues = ReplyCueFinder.Find(t);
        var scores = DomainScorer.Score(t);
        var (request, offer) = DirectionScorer.Score(t);
        var domain = scores.Best;
        var hasDomain = domain != Domain.None && scores[domain] >= DomainThreshold;
        var domainIntent = hasDomain ? ToIntent(domain, offer > request) : (Intent?)null;

        if (cues.Stop)
        {
            return new IntentDecision(Intent.Stop, 0.95, null, domain);
        }

        var words = t.WordCount();
        if (cues.Confirm is { } yes && IsLeading(t, cues, scores) && !(hasDomain && IsFullRequest(t, scores, request, offer, words)))
        {
            var intent = yes ? Intent.Confirm : Intent.Decline;
            return new IntentDecision(intent, hasDomain ? 0.7 : words <= 4 ? 0.95 : 0.8, domainIntent, domain);
        }

        if (cues.CancelAt >= 0)
        {
            return new IntentDecision(Intent.Cancel, 0.9, null, domain);
        }

        if (cues.StatusAt >= 0)
        {
            return new IntentDecision(Intent.Status, 0.9, null, domain);
        }

        if (cues.Menu)
        {
            return new IntentDecision(Intent.Menu, 0.9, null, Domain.None);
        }

        if (hasDomain)
        {
            return Domainly(scores, domain, request, offer);
        }

        if (cues.Confirm is { } reply && (words <= 6 || cues.ConfirmAt <= 2))
        {
            if (cues.ThanksAt >= 0 && cues.ThanksAt < cues.ConfirmAt)
            {
                return new IntentDecision(Intent.Thanks, 0.8, reply ? Intent.Confirm : Intent.Decline, domain);
            }

            return new IntentDecision(reply ? Intent.Confirm : Intent.Decline, words <= 4 ? 0.9 : 0.7, null, domain);
        }

        if (cues.ThanksAt >= 0)
        {
            return new IntentDecision(Intent.Thanks, 0.9, null, domain);
        }

        if (cues.GreetingAt >= 0)
        {
            return new IntentDecision(Intent.Greeting, 0.9, null, domain);
        }

        if (domain != Domain.None)
        {
            return new IntentDecision(Intent.None, 0.4, ToIntent(domain, offer > request), domain);
        }

        return new IntentDecision(Intent.None, words == 0 ? 0.9 : 0.6, null, Domain.None);
    }

    /// <summary>The yes/no comes before anything else that carries an intent.</summary>
    private static bool IsLeading(TokenizedText t, ReplyCues cues, DomainScores scores)
    {
        var at = cues.ConfirmAt;
        if (at < 0 || at > scores.FirstIndex)
        {
            return false;
        }

        if ((cues.ThanksAt >= 0 && cues.ThanksAt < at) || (cues.CancelAt >= 0 && cues.CancelAt < at) || (cues.StatusAt >= 0 && cues.StatusAt < at))
        {
            return false;
        }

        var words = t.WordCount();
        if (scores.FirstIndex != int.MaxValue && !ConfirmFinder.IsStrong(t, at))
        {
            return false;
        }

        return at <= 2 || words <= 6;
    }

    /// <summary>"ja, ik zou graag morgen een maaltijd willen voor twee personen": a yes word in front of a whole request.</summary>
    private static bool IsFullRequest(TokenizedText t, DomainScores scores, double request, double offer, int words) =>
        words >= 7 && scores[scores.Best] >= 3 && Math.Max(request, offer) >= 2.5 && !t.IsAny(0, "nee", "neen");

    private static IntentDecision Domainly(DomainScores scores, Domain domain, double request, double offer)
    {
        var isOffer = offer > request;
        var intent = ToIntent(domain, isOffer);
        var best = scores[domain];
        var runnerUp = scores.RunnerUp;
        var second = runnerUp == Domain.None ? 0 : scores[runnerUp];
        var directionMargin = Math.Abs(request - offer);
        var confidence = 0.35 + 0.06 * Math.Min(best, 6) + 0.08 * Math.Min(best - second, 4) + 0.05 * Math.Min(directionMargin, 4);
        confidence = Math.Clamp(confidence, 0.3, 0.97);

        Intent? alternative = null;
        if (second >= 1.5 && second >= best * 0.6)
        {
            alternative = ToIntent(runnerUp, isOffer);
            confidence = Math.Min(confidence, 0.6);
        }
        else if (directionMargin < 1 && Math.Min(request, offer) > 0)
        {
            alternative = ToIntent(domain, !isOffer);
            confidence = Math.Min(confidence, 0.65);
        }

        return new IntentDecision(intent, Math.Round(confidence, 2), alternative, domain);
    }

    private static Intent ToIntent(Domain domain, bool offer) => domain switch
    {
        Domain.Meal => offer ? Intent.MealOffer : Intent.MealRequest,
        Domain.Loan => offer ? Intent.LoanOffer : Intent.LoanRequest,
        Domain.Help => offer ? Intent.HelpOffer : Intent.HelpRequest,
        _ => Intent.None,
    };
}
