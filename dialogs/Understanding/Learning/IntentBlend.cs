namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Combines the hand-written rules' decision with the learned model's probabilities: the rules' intent
/// gets its probability multiplied by a factor that grows with the rules' confidence (more for the
/// rules' answers, cancels, stops and greetings, which are narrow and precise), and the result is
/// renormalised. When both agree the confidence is the mean of theirs; when the model outvotes the
/// rules it is lowered by the rules' confidence in their own reading, which becomes the runner-up.
/// </summary>
internal static class IntentBlend
{
    // Chosen by leave-one-file-out over the training files (bot: intent-cv), weighing the files the rules
    // were never tuned on and the ones they were alike.
    private const float RuleBoost = 0f;
    private const float RuleBoostPerConfidence = 1.0f;
    private const float ReplyRuleBoost = 1.0f;

    public static IntentDecision Combine(IntentDecision rules, ReadOnlySpan<float> model)
    {
        Span<float> p = stackalloc float[IntentModel.Classes];
        model.CopyTo(p);
        var ruleIndex = (int)rules.Intent;
        var isReply = !IsRequestOrOffer(rules.Intent);
        p[ruleIndex] *= MathF.Exp(RuleBoost + RuleBoostPerConfidence * (float)rules.Confidence + (isReply ? ReplyRuleBoost : 0));
        var sum = 0f;
        foreach (var v in p)
        {
            sum += v;
        }

        var best = 0;
        for (var k = 0; k < p.Length; k++)
        {
            p[k] /= sum;
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        var intent = (Intent)best;
        if (intent == rules.Intent)
        {
            // Both agree. When the rules named a runner-up they were torn, and stay as unsure as they were;
            // otherwise as sure as the two of them on average.
            return rules.Alternative is not null ? rules : rules with { Confidence = Math.Round((rules.Confidence + model[best]) / 2, 2) };
        }

        // The model outvotes the rules: two readers disagree, so no surer than the model, lowered by how sure
        // the rules were of the other reading (a dialog asks either-or below 0.6), with the rules' choice, or else
        // the same thing the other way round, as the runner-up.
        var confidence = Math.Min(p[best], model[best]) * (1 - rules.Confidence);
        var alternative = IsRequestOrOffer(rules.Intent) || !IsRequestOrOffer(intent) ? rules.Intent : Counterpart(intent);
        return new IntentDecision(intent, Math.Round(confidence, 2), alternative, DomainOf(intent, rules.Domain));
    }

    private static bool IsRequestOrOffer(Intent intent) =>
        intent is Intent.MealRequest or Intent.MealOffer or Intent.LoanRequest or Intent.LoanOffer or Intent.HelpRequest or Intent.HelpOffer;

    private static Intent Counterpart(Intent intent) => intent switch
    {
        Intent.MealRequest => Intent.MealOffer,
        Intent.MealOffer => Intent.MealRequest,
        Intent.LoanRequest => Intent.LoanOffer,
        Intent.LoanOffer => Intent.LoanRequest,
        Intent.HelpRequest => Intent.HelpOffer,
        _ => Intent.HelpRequest,
    };

    private static Domain DomainOf(Intent intent, Domain fallback) => intent switch
    {
        Intent.MealRequest or Intent.MealOffer => Domain.Meal,
        Intent.LoanRequest or Intent.LoanOffer => Domain.Loan,
        Intent.HelpRequest or Intent.HelpOffer => Domain.Help,
        _ => fallback,
    };
}
