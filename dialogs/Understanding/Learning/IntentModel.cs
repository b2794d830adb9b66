using System.Numerics;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The learned intent model: three <see cref="SoftmaxRegression"/>s over the same
/// <see cref="IntentFeatures"/>, one for the fifteen intents, one for the domain (meal, loan, help,
/// other) and one for the direction (asking, offering, other). The intent's probability is the product
/// of the three, renormalised: what says "asking" in a loan message says it in a meal message too,
/// which a fifteen-way model alone has to learn three times. The three sets of weights are stored side
/// by side per feature, so a message costs one memory fetch per feature.
/// </summary>
internal sealed class IntentModel
{
    public const int Classes = 15;
    private const int Domains = 4;
    private const int Directions = 3;
    private const int Row = 24; // Classes + Domains + Directions = 22, padded to whole vectors
    private const float HeadWeight = 0.5f; // the two coarse heads count half: all three read the same features

    private static readonly int[] DomainOf = [.. Enumerable.Range(0, Classes).Select(k => DomainIndex((Intent)k))];
    private static readonly int[] DirectionOf = [.. Enumerable.Range(0, Classes).Select(k => DirectionIndex((Intent)k))];

    private readonly float[] weights;
    private readonly float[] bias;

    private IntentModel(float[] weights, float[] bias)
    {
        this.weights = weights;
        this.bias = bias;
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
            var n = IntentFeatures.Extract(tokens, RuleSignals.Read(tokens), index, value);
            features[i] = (index[..n], value[..n]);
        }

        (int[], float[], int)[] Rows(Func<Intent, int> label) =>
            features.Select((f, i) => (f.Index, f.Value, label(examples[i].Intent))).ToArray();

        SoftmaxRegression[] heads =
        [
            SoftmaxRegression.Train(Rows(i => (int)i), Classes),
            SoftmaxRegression.Train(Rows(DomainIndex), Domains),
            SoftmaxRegression.Train(Rows(DirectionIndex), Directions),
        ];
        var weights = new float[IntentFeatures.Buckets * Row];
        var bias = new float[Row];
        for (int h = 0, offset = 0; h < heads.Length; offset += heads[h].Classes, h++)
        {
            for (var k = 0; k < heads[h].Classes; k++)
            {
                bias[offset + k] = heads[h].Bias(k);
                for (var b = 0; b < IntentFeatures.Buckets; b++)
                {
                    weights[b * Row + offset + k] = heads[h].Weight(b, k);
                }
            }
        }

        return new IntentModel(weights, bias);
    }

    /// <summary>The probability of each intent (indexed by <see cref="Intent"/>) for one message.</summary>
    public void Predict(TokenizedText tokens, RuleSignals signals, Span<float> probabilities)
    {
        Span<int> index = stackalloc int[IntentFeatures.MaxFeatures];
        Span<float> value = stackalloc float[IntentFeatures.MaxFeatures];
        var n = IntentFeatures.Extract(tokens, signals, index, value);
        Span<float> scores = stackalloc float[Row];
        bias.AsSpan().CopyTo(scores);
        var width = Vector<float>.Count;
        for (var f = 0; f < n; f++)
        {
            var row = weights.AsSpan(index[f] * Row, Row);
            var v = value[f];
            var k = 0;
            for (; k + width <= Row; k += width)
            {
                (new Vector<float>(scores[k..]) + (new Vector<float>(row[k..]) * v)).CopyTo(scores[k..]);
            }

            for (; k < Row; k++)
            {
                scores[k] += row[k] * v;
            }
        }

        var intents = scores[..Classes];
        var domains = scores.Slice(Classes, Domains);
        var directions = scores.Slice(Classes + Domains, Directions);
        LogSoftmax(intents);
        LogSoftmax(domains);
        LogSoftmax(directions);
        for (var k = 0; k < Classes; k++)
        {
            probabilities[k] = intents[k] + HeadWeight * (domains[DomainOf[k]] + directions[DirectionOf[k]]);
        }

        SoftmaxRegression.Softmax(probabilities);
    }

    private static void LogSoftmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = MathF.Max(max, s);
        }

        var sum = 0f;
        foreach (var s in scores)
        {
            sum += MathF.Exp(s - max);
        }

        var log = max + MathF.Log(sum);
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] -= log;
        }
    }

    private static int DomainIndex(Intent intent) => intent switch
    {
        Intent.MealRequest or Intent.MealOffer => 1,
        Intent.LoanRequest or Intent.LoanOffer => 2,
        Intent.HelpRequest or Intent.HelpOffer => 3,
        _ => 0,
    };

    private static int DirectionIndex(Intent intent) => intent switch
    {
        Intent.MealRequest or Intent.LoanRequest or Intent.HelpRequest => 1,
        Intent.MealOffer or Intent.LoanOffer or Intent.HelpOffer => 2,
        _ => 0,
    };
}
