using System.Buffers;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The learned intent model: three <see cref="SoftmaxRegression"/>s over the same
/// <see cref="IntentFeatures"/>, one for the fifteen intents, one for the domain (meal, loan, help,
/// other) and one for the direction (asking, offering, other). The intent's probability is the product
/// of the three, renormalised: what says "asking" in a loan message says it in a meal message too,
/// which a fifteen-way model alone has to learn three times.
/// </summary>
internal sealed class IntentModel
{
    public const int Classes = 15;
    private static readonly float DomainWeight = float.Parse(Environment.GetEnvironmentVariable("CV_DOM") ?? "1", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly float DirectionWeight = float.Parse(Environment.GetEnvironmentVariable("CV_DIR") ?? "1", System.Globalization.CultureInfo.InvariantCulture);

    private readonly SoftmaxRegression intents;
    private readonly SoftmaxRegression domains;
    private readonly SoftmaxRegression directions;

    private IntentModel(SoftmaxRegression intents, SoftmaxRegression domains, SoftmaxRegression directions)
    {
        this.intents = intents;
        this.domains = domains;
        this.directions = directions;
    }

    public static IntentModel Train(IReadOnlyList<LabelledMessage> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var index = new int[IntentFeatures.MaxFeatures];
        var value = new float[IntentFeatures.MaxFeatures];
        var features = new (int[] Index, float[] Value)[examples.Count];
        for (var i = 0; i < examples.Count; i++)
        {
            using var tokens = Tokenizer.Tokenize(examples[i].Text);
            var n = IntentFeatures.Extract(examples[i].Text, tokens, index, value);
            features[i] = (index[..n], value[..n]);
        }

        (int[], float[], int)[] Rows(Func<Intent, int> label) =>
            features.Select((f, i) => (f.Index, f.Value, label(examples[i].Intent))).ToArray();

        return new IntentModel(
            SoftmaxRegression.Train(Rows(i => (int)i), Classes),
            SoftmaxRegression.Train(Rows(DomainOf), 4),
            SoftmaxRegression.Train(Rows(DirectionOf), 3));
    }

    /// <summary>The probability of each intent (indexed by <see cref="Intent"/>) for one message.</summary>
    public void Predict(string text, TokenizedText? tokens, Span<float> probabilities)
    {
        var index = ArrayPool<int>.Shared.Rent(IntentFeatures.MaxFeatures);
        var value = ArrayPool<float>.Shared.Rent(IntentFeatures.MaxFeatures);
        try
        {
            var n = IntentFeatures.Extract(text, tokens, index.AsSpan(0, IntentFeatures.MaxFeatures), value.AsSpan(0, IntentFeatures.MaxFeatures));
            Span<float> domain = stackalloc float[4];
            Span<float> direction = stackalloc float[3];
            intents.Predict(index.AsSpan(0, n), value.AsSpan(0, n), probabilities);
            domains.Predict(index.AsSpan(0, n), value.AsSpan(0, n), domain);
            directions.Predict(index.AsSpan(0, n), value.AsSpan(0, n), direction);
            for (var k = 0; k < Classes; k++)
            {
                var intent = (Intent)k;
                probabilities[k] = MathF.Log(probabilities[k] + 1e-9f)
                    + DomainWeight * MathF.Log(domain[DomainOf(intent)] + 1e-9f)
                    + DirectionWeight * MathF.Log(direction[DirectionOf(intent)] + 1e-9f);
            }

            SoftmaxRegression.Softmax(probabilities);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(index);
            ArrayPool<float>.Shared.Return(value);
        }
    }

    private static int DomainOf(Intent intent) => intent switch
    {
        Intent.MealRequest or Intent.MealOffer => 1,
        Intent.LoanRequest or Intent.LoanOffer => 2,
        Intent.HelpRequest or Intent.HelpOffer => 3,
        _ => 0,
    };

    private static int DirectionOf(Intent intent) => intent switch
    {
        Intent.MealRequest or Intent.LoanRequest or Intent.HelpRequest => 1,
        Intent.MealOffer or Intent.LoanOffer or Intent.HelpOffer => 2,
        _ => 0,
    };
}
