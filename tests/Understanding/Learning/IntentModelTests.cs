using System.Text.Json;
using BuurtBot.Dialogs.Understanding;
using BuurtBot.Tests.Understanding.Corpus;

namespace BuurtBot.Tests.Understanding.Learning;

/// <summary>
/// The learned intent model is trained only on dialogs/Understanding/Training, never on the scored test
/// corpora, is the same model every time it is trained, and on its own already reads the test corpus well.
/// </summary>
public sealed class IntentModelTests
{
    private static readonly string[] ScoredCorpora = ["corpus.jsonl", "validation1.jsonl", "fresh/dev8.jsonl", "fresh/dev10.jsonl"];

    /// <summary>Short replies ("hallo", "nee dank u") are said by everyone alike; anything longer is its own message.</summary>
    [Fact]
    public void No_message_of_the_scored_corpora_is_trained_on()
    {
        var trained = TrainingSet.Load().Select(m => Key(m.Text)).ToHashSet(StringComparer.Ordinal);
        var leaked = ScoredCorpora.SelectMany(Messages)
            .Where(m => Key(m.Text).Split(' ').Length > 3 && trained.Contains(Key(m.Text)))
            .Select(m => m.Text)
            .ToList();

        Assert.Empty(leaked);
    }

    [Fact]
    public void Training_twice_gives_the_same_model()
    {
        var examples = TrainingSet.Load();
        var first = IntentModel.Train(examples);
        var second = IntentModel.Train(examples);

        foreach (var (text, _) in Messages("corpus.jsonl").Take(100))
        {
            Assert.Equal(Probabilities(first, text), Probabilities(second, text));
        }
    }

    [Fact]
    public void The_model_alone_reads_the_untrained_test_corpus()
    {
        var model = IntentModel.Train(TrainingSet.Load());
        var messages = Messages("corpus.jsonl").ToList();
        var correct = messages.Count(m =>
        {
            var p = Probabilities(model, m.Text);
            return Array.IndexOf(p, p.Max()) == (int)m.Intent;
        });

        Assert.True(correct >= messages.Count * 0.93, $"the model alone reads {correct} of {messages.Count}");
    }

    private static float[] Probabilities(IntentModel model, string text)
    {
        var p = new float[IntentModel.Classes];
        using var tokens = Tokenizer.Tokenize(text);
        model.Predict(tokens, RuleSignals.Read(tokens), p);
        return p;
    }

    private static string Key(string text) => string.Join(' ', text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(string Text, Intent Intent)> Messages(string file)
    {
        foreach (var line in File.ReadLines(Path.Combine(CorpusScoreTests.CorpusDirectory(), file)).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var intent = Enum.GetValues<Intent>().First(i => WireName(i) == root.GetProperty("expected").GetProperty("intent").GetString());
            yield return (root.GetProperty("text").GetString() ?? "", intent);
        }
    }

    private static string WireName(Intent intent)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ParsedMessageJson.Write(writer, new ParsedMessage(intent, null, null, null, null, [], false, null, null, null, null, null, 1, null));
        }

        using var doc = JsonDocument.Parse(stream.ToArray());
        return doc.RootElement.GetProperty("intent").GetString()!;
    }
}
