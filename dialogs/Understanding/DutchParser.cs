namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Turns one Dutch message into the contract's structured request: the intent, and the fields the
/// message states. Pure and thread-safe; only the first few thousand characters are read.
/// </summary>
public static class DutchParser
{
    private static readonly ParsedMessage Empty =
        new(Intent.None, null, null, null, null, Array.Empty<Diet>(), false, null, null, null, null, null, 1, null);

    /// <param name="text">The message as received (may be null or empty).</param>
    /// <param name="localNow">Wall-clock time in Europe/Amsterdam that relative days are resolved against.</param>
    /// <param name="hint">What the conversation is about, for short replies that do not say it themselves.</param>
    public static ParsedMessage Parse(string? text, DateTime localNow, ParseHint hint = ParseHint.None)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        using var t = Tokenizer.Tokenize(text);
        if (t.Count == 0)
        {
            return Empty with { Confidence = 0.9 };
        }

        var signals = RuleSignals.Read(t);
        Span<float> learned = stackalloc float[IntentModel.Classes];
        LearnedIntents.Model.Predict(t, signals, learned);
        var decision = IntentBlend.Combine(IntentClassifier.Classify(t, signals), learned);
        var domain = DomainOf(decision.Intent) ?? HintDomain(hint);
        var isReply = DomainOf(decision.Intent) is null;
        var mealContext = domain == Domain.Meal || (domain == Domain.None && MealEvidence.Mentions(t));
        var when = DateTimeExtractor.Extract(t, localNow, mealContext);
        var (diets, dietMentioned) = DietFinder.Find(t);

        var isOffer = decision.Intent is Intent.MealOffer or Intent.LoanOffer or Intent.HelpOffer;
        var shortReply = isReply && t.WordCount() <= 6;
        var answer = decision.Intent is Intent.None or Intent.Confirm or Intent.Decline;
        int? portions = domain == Domain.Meal || (domain == Domain.None && (shortReply || mealContext || (answer && t.WordCount() <= 10)))
            ? PortionFinder.Find(t, bareNumbers: isReply && t.WordCount() <= 4 && when.Time is null && when.Date is null, isOffer)
            : null;
        var saysOutright = decision.Intent is Intent.Cancel or Intent.Status || (answer && shortReply);
        bool? delivery = domain is Domain.Meal or Domain.Loan || (domain == Domain.None && saysOutright) ? DeliveryFinder.Find(t) : null;
        var explicitReply = decision.Intent is Intent.Cancel or Intent.Status or Intent.Confirm or Intent.Decline || shortReply;
        var item = domain == Domain.Loan ? ItemFinder.Find(t, structural: !isReply || hint == ParseHint.Loan)
            : isReply && domain == Domain.None && explicitReply ? ItemFinder.Find(t, structural: false) : null;
        var category = domain == Domain.Help || (isReply && decision.Intent is Intent.Cancel or Intent.Status)
            ? CategoryFinder.Find(t)
            : null;
        var onBehalfOf = decision.Intent is Intent.Thanks or Intent.Greeting ? null : BeneficiaryFinder.Find(t, isOffer);
        var postcode = PostcodeChooser.Choose(t, onBehalfOf is not null);

        return new ParsedMessage(decision.Intent, when.Date, when.Time, when.PartOfDay, portions, diets, dietMentioned, delivery,
            item, category, onBehalfOf, postcode, decision.Confidence, decision.Alternative);
    }

    /// <summary>What the hand-written rules alone decide, for measuring them against the learned model.</summary>
    internal static IntentDecision RuleDecision(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IntentDecision(Intent.None, 1, null, Domain.None);
        }

        using var t = Tokenizer.Tokenize(text);
        return IntentClassifier.Classify(t);
    }

    private static Domain? DomainOf(Intent intent) => intent switch
    {
        Intent.MealRequest or Intent.MealOffer => Domain.Meal,
        Intent.LoanRequest or Intent.LoanOffer => Domain.Loan,
        Intent.HelpRequest or Intent.HelpOffer => Domain.Help,
        _ => null,
    };

    private static Domain HintDomain(ParseHint hint) => hint switch
    {
        ParseHint.Meal => Domain.Meal,
        ParseHint.Loan => Domain.Loan,
        ParseHint.Help => Domain.Help,
        _ => Domain.None,
    };
}
