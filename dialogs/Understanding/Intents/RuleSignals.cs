namespace BuurtBot.Dialogs.Understanding;

/// <summary>What the hand rules read from a message, read once and shared by the rules and the learned model.</summary>
internal readonly record struct RuleSignals(ReplyCues Cues, DomainScores Scores, double Request, double Offer)
{
    public static RuleSignals Read(TokenizedText t)
    {
        var (request, offer) = DirectionScorer.Score(t);
        return new RuleSignals(ReplyCueFinder.Find(t), DomainScorer.Score(t), request, offer);
    }
}
