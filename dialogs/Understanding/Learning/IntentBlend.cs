namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Combines the hand-written rules' decision with the learned model's probabilities: the rules' intent
/// gets its probability multiplied by a factor that grows with the rules' confidence (more for the
/// rules' answers, cancels, stops and greetings, which are narrow and precise), and the result is renormalised. When both agree the confidence is the mean of theirs; when the model outvotes the
/// rules it is the model's own probability at most, and the rules' choice becomes the runner-up.
/// </summary>
internal static class IntentBlend
{
    // Chosen by leave-one-file-out over the training files (bot: intent-cv), weighing the files the rules
    // were never tuned on and the ones they were alike.
    private const float RuleBoost = 0f;
    private const float RuleBoostPerConfidence = 2.0f;
    private const float ReplyRuleBoost = 1.0f;

    public static IntentDecision Combine(IntentDecision rules, ReadOnlySpan<float> model)
    {
        Span<float> p = stackalloc float[IntentModel.Classes];
        model.CopyTo(p);
        var ruleIndex = (int)rules.Intent;
        var isReply = rules.Intent is not (Intent.MealRequest or Intent.MealOffer or Intent.LoanRequest or Intent.LoanOffer or Intent.HelpRequest or Intent.HelpOffer);
        p[ruleIndex] *= MathF.Exp(RuleBoost + RuleBoostPerConfidence * (float)rules.Confidence + (isReply ? ReplyRuleBoost : 0));
        var sum = 0f;
        foreach (var v in p)
        {
            sum += v;
        }

        var best = 0;
        var second = -1;
        for (var k = 0; k < p.Length; k++)
        {
            p[k] /= sum;
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        for (var k = 0; k < p.Length; k++)
        {
            if (k != best && (second < 0 || p[k] > p[second]))
            {
                second = k;
            }
        }

        var intent = (Intent)best;
        if (intent == rules.Intent)
        {
            // Both agree: as sure as the two of them on average; the rules' runner-up stays.
            return rules with { Confidence = Math.Round((rules.Confidence + model[best]) / 2, 2) };
        }

        // The model outvotes the rules: no surer than either the blend or the model, and the rules' choice is the runner-up.
        var confidence = Math.Min(p[best], model[best]);
        var alternative = p[second] >= 0.1f ? (Intent)second : rules.Intent;
        return new IntentDecision(intent, Math.Round(confidence, 2), alternative, DomainOf(intent, rules.Domain));
    }

    private static Domain DomainOf(Intent intent, Domain fallback) => intent switch
    {
        Intent.MealRequest or Intent.MealOffer => Domain.Meal,
        Intent.LoanRequest or Intent.LoanOffer => Domain.Loan,
        Intent.HelpRequest or Intent.HelpOffer => Domain.Help,
        _ => fallback,
    };
}
