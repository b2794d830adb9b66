using System.Buffers;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// Multinomial logistic regression over <see cref="IntentFeatures"/>: one weight per hashed feature
/// and intent. Trained deterministically (fixed shuffle, plain SGD with L2 on the touched weights),
/// read-only afterwards, so one instance serves every thread.
/// </summary>
internal sealed class IntentModel
{
    public const int Classes = 15;
    private const int Epochs = 24;
    private const float LearningRate = 0.5f;
    private const float L2 = 1e-5f;

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
        var weights = new float[IntentFeatures.Buckets * Classes];
        var bias = new float[Classes];
        var rows = new (int[] Index, float[] Value, int Label)[examples.Count];
        var index = new int[IntentFeatures.MaxFeatures];
        var value = new float[IntentFeatures.MaxFeatures];
        for (var i = 0; i < examples.Count; i++)
        {
            var n = IntentFeatures.Extract(examples[i].Text, index, value);
            rows[i] = (index[..n], value[..n], (int)examples[i].Intent);
        }

        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new SplitMix(0x5EED_B0B);
        Span<float> p = stackalloc float[Classes];
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
                var rate = LearningRate / (1f + 0.5f * step++ / rows.Length);
                Scores(weights, bias, ix, vx, p);
                Softmax(p);
                for (var k = 0; k < Classes; k++)
                {
                    var g = p[k] - (k == label ? 1f : 0f);
                    bias[k] -= rate * 0.1f * g;
                    for (var f = 0; f < ix.Length; f++)
                    {
                        ref var w = ref weights[ix[f] * Classes + k];
                        w -= rate * (g * vx[f] + L2 * w);
                    }
                }
            }
        }

        return new IntentModel(weights, bias);
    }

    /// <summary>The probability of each intent (indexed by <see cref="Intent"/>) for one message.</summary>
    public void Predict(string text, Span<float> probabilities)
    {
        var index = ArrayPool<int>.Shared.Rent(IntentFeatures.MaxFeatures);
        var value = ArrayPool<float>.Shared.Rent(IntentFeatures.MaxFeatures);
        try
        {
            var n = IntentFeatures.Extract(text, index.AsSpan(0, IntentFeatures.MaxFeatures), value.AsSpan(0, IntentFeatures.MaxFeatures));
            Scores(weights, bias, index.AsSpan(0, n), value.AsSpan(0, n), probabilities);
            Softmax(probabilities);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(index);
            ArrayPool<float>.Shared.Return(value);
        }
    }

    private static void Scores(float[] weights, float[] bias, ReadOnlySpan<int> index, ReadOnlySpan<float> value, Span<float> scores)
    {
        bias.AsSpan().CopyTo(scores);
        for (var f = 0; f < index.Length; f++)
        {
            var row = weights.AsSpan(index[f] * Classes, Classes);
            var v = value[f];
            for (var k = 0; k < Classes; k++)
            {
                scores[k] += row[k] * v;
            }
        }
    }

    private static void Softmax(Span<float> scores)
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
