namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Multinomial logistic regression over hashed features: one weight per feature bucket and class. Trained deterministically (fixed shuffle, plain SGD with L2 on the touched weights),
/// read-only afterwards, so one instance serves every thread.
/// </summary>
internal sealed class SoftmaxRegression
{
    private const int Epochs = 24;
    private const float LearningRate = 0.5f;
    private const float L2 = 3e-4f;

    private readonly float[] weights;
    private readonly float[] bias;

    private SoftmaxRegression(int classes, float[] weights, float[] bias)
    {
        Classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    public int Classes { get; }

    /// <summary>The weight of <paramref name="bucket"/> for class <paramref name="k"/>.</summary>
    public float Weight(int bucket, int k) => weights[bucket * Classes + k];

    public float Bias(int k) => bias[k];

    public static SoftmaxRegression Train(IReadOnlyList<(int[] Index, float[] Value, int Label)> rows, int classes)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var weights = new float[IntentFeatures.Buckets * classes];
        var bias = new float[classes];

        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new SplitMix(0x5EED_B0B);
        Span<float> p = stackalloc float[classes];
        var step = 0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = (int)(random.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var r in order)
            {
                var (ix, vx, label) = rows[r];
                var rate = LearningRate / (1f + 0.5f * step++ / rows.Count);
                Scores(weights, bias, ix, vx, p);
                Softmax(p);
                for (var k = 0; k < classes; k++)
                {
                    var g = p[k] - (k == label ? 1f : 0f);
                    bias[k] -= rate * 0.1f * g;
                    for (var f = 0; f < ix.Length; f++)
                    {
                        ref var w = ref weights[ix[f] * classes + k];
                        w -= rate * (g * vx[f] + L2 * w);
                    }
                }
            }
        }

        return new SoftmaxRegression(classes, weights, bias);
    }

    private static void Scores(float[] weights, float[] bias, ReadOnlySpan<int> index, ReadOnlySpan<float> value, Span<float> scores)
    {
        var classes = bias.Length;
        bias.AsSpan().CopyTo(scores);
        for (var f = 0; f < index.Length; f++)
        {
            var row = weights.AsSpan(index[f] * classes, classes);
            var v = value[f];
            for (var k = 0; k < classes; k++)
            {
                scores[k] += row[k] * v;
            }
        }
    }

    public static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = MathF.Max(max, s);
        }

        var sum = 0f;
        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] = MathF.Exp(scores[k] - max);
            sum += scores[k];
        }

        for (var k = 0; k < scores.Length; k++)
        {
            scores[k] /= sum;
        }
    }

    /// <summary>A tiny deterministic generator, the same on every runtime.</summary>
    private struct SplitMix(ulong state)
    {
        public ulong Next()
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
