namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Chooses the intent. Stop comes first, then a message that is only "help" or "menu". A reply that
/// starts with yes or no is a confirm or decline (the first word that carries an intent decides).
/// Cancel and status talk about an earlier request and come before a new one. Then a request or
/// offer, when the message is about a meal, a loan or help and says so with more than a noun;
/// greetings around it do not count, thanks only when nothing is asked or offered. Otherwise a
/// question about the bot, yes or no later in a short reply, thanks, a bare greeting, or none.
/// </summary>
internal static class IntentClassifier
{
    private const double DomainThreshold = 2;

    public static IntentDecision Classify(TokenizedText t) => Classify(t, RuleSignals.Read(t));

    public static IntentDecision Classify(TokenizedText t, RuleSignals signals)
    {
        if (t.Count == 0)
        {
            return new IntentDecision(Intent.None, 1, null, Domain.None);
        }

        var (cues, scores, request, offer) = signals;
        var domain = scores.Best;

        var hasDomain = domain != Domain.None && scores[domain] >= DomainThreshold && IntentEvidence.SaysEnough(t, domain, request, offer);
        var domainIntent = domain != Domain.None ? ToIntent(domain, offer > request) : (Intent?)null;
        var words = t.WordCount();

        if (cues.Stop)
        {
            return new IntentDecision(Intent.Stop, 0.95, null, domain);
        }

        if (cues.Menu == 2)
        {
            return new IntentDecision(Intent.Menu, 0.9, null, Domain.None);
        }

        if (cues.Confirm is { } yes && IsLeading(t, cues, scores, hasDomain) && !(hasDomain && IsFullRequest(t, scores, request, offer, words)))
        {
            var intent = yes ? Intent.Confirm : Intent.Decline;
            return new IntentDecision(intent, hasDomain ? 0.7 : words <= 4 ? 0.95 : 0.8, hasDomain ? domainIntent : null, domain);
        }

        if (cues.ThanksAt == 0 && (cues.CancelAt > 0 || cues.StatusAt > 0) && Math.Max(request, offer) < 2.5)
        {
            return new IntentDecision(Intent.Thanks, 0.75, cues.CancelAt > 0 ? Intent.Cancel : Intent.Status, domain);
        }

        if (cues.CancelAt >= 0)
        {
            return new IntentDecision(Intent.Cancel, 0.9, null, domain);
        }

        if (cues.StatusAt >= 0)
        {
            return new IntentDecision(Intent.Status, 0.9, null, domain);
        }

        if (hasDomain && cues.ThanksAt >= 0 && Math.Max(request, offer) < 2.5 && (cues.ThanksAt <= scores.FirstIndex || Math.Max(request, offer) == 0))
        {
            return new IntentDecision(Intent.Thanks, 0.75, domainIntent, domain);
        }

        if (hasDomain)
        {
            return Domainly(scores, domain, request, offer);
        }

        if (cues.Menu == 1)
        {
            return new IntentDecision(Intent.Menu, 0.8, null, Domain.None);
        }

        if (cues.Confirm is { } reply && (words <= 6 || (cues.ConfirmAt <= 2 && ConfirmFinder.IsStrong(t, cues.ConfirmAt))))
        {
            if (cues.ThanksAt >= 0 && (cues.ThanksAt < cues.ConfirmAt || !ConfirmFinder.IsStrong(t, cues.ConfirmAt)))
            {
                return new IntentDecision(Intent.Thanks, 0.8, reply ? Intent.Confirm : Intent.Decline, domain);
            }

            return new IntentDecision(reply ? Intent.Confirm : Intent.Decline, words <= 4 ? 0.9 : 0.7, null, domain);
        }

        if (cues.ThanksAt >= 0)
        {
            return new IntentDecision(Intent.Thanks, 0.9, null, domain);
        }

        if (cues.GreetingAt >= 0 && IntentEvidence.OnlyGreets(t))
        {
            return new IntentDecision(Intent.Greeting, 0.9, null, domain);
        }

        if (domainIntent is not null && scores[domain] >= 1.5)
        {
            return new IntentDecision(Intent.None, 0.45, domainIntent, domain);
        }

        return new IntentDecision(Intent.None, words == 0 ? 0.9 : 0.6, null, Domain.None);
    }

    /// <summary>The yes/no comes before anything else that carries an intent.</summary>
    private static bool IsLeading(TokenizedText t, ReplyCues cues, DomainScores scores, bool hasDomain)
    {
        var at = cues.ConfirmAt;
        if (at < 0 || (hasDomain && at > scores.FirstIndex))
        {
            return false;
        }

        if ((cues.ThanksAt >= 0 && cues.ThanksAt < at) || (cues.CancelAt >= 0 && cues.CancelAt < at) || (cues.StatusAt >= 0 && cues.StatusAt < at))
        {
            return false;
        }

        if ((cues.CancelAt >= 0 || cues.StatusAt >= 0) && !ConfirmFinder.IsStrong(t, at))
        {
            // "Graag mijn vraag intrekken": please, not yes.
            return false;
        }

        if ((hasDomain || cues.ThanksAt >= 0) && !ConfirmFinder.IsStrong(t, at))
        {
            // "heel fijn, bedankt": a weak yes word next to thanks or a request is no answer.
            return false;
        }

        return at <= 1 || (at <= 2 && ConfirmFinder.IsStrong(t, at)) || t.WordCount() <= 5;
    }

    /// <summary>"ja, ik zou graag morgen een maaltijd willen voor twee personen": a yes word in front of a whole request.</summary>
    private static bool IsFullRequest(TokenizedText t, DomainScores scores, double request, double offer, int words) =>
        words >= 6 && scores[scores.Best] >= 2.5 && Math.Max(request, offer) >= 2.5 && !t.IsAny(0, "nee", "neen");

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
