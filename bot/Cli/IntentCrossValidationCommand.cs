using System.Globalization;
using System.Text.Json;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Cli;

/// <summary>
/// <c>intent-cv [--heldout file.jsonl ...] [--dump path.tsv]</c>: leave-one-file-out intent accuracy of
/// the hand rules, the learned model and the two combined over the embedded training files (each file
/// scored by a model trained on the others), then the same for labelled JSON-lines files that were
/// never trained on (scored by the model trained on everything).
/// </summary>
internal static class IntentCrossValidationCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var heldOut = new List<string>();
        string? dump = null;
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--heldout")
            {
                for (var j = i + 1; j < args.Length && !args[j].StartsWith("--", StringComparison.Ordinal); j++)
                {
                    heldOut.Add(args[j]);
                }
            }
            else if (args[i] == "--dump")
            {
                dump = args[i + 1];
            }
        }

        var all = TrainingSet.Load();
        var rows = new List<string>();
        var totals = new int[4];
        foreach (var group in all.GroupBy(m => m.Source))
        {
            var model = IntentModel.Train(all.Where(m => m.Source != group.Key).ToList());
            await Report(output, "cv " + group.Key, group.ToList(), model, rows, totals).ConfigureAwait(false);
        }

        await Total(output, "cv total", totals).ConfigureAwait(false);
        if (heldOut.Count > 0)
        {
            var full = IntentModel.Train(all);
            var heldTotals = new int[4];
            foreach (var file in heldOut)
            {
                var messages = (await File.ReadAllLinesAsync(file).ConfigureAwait(false))
                    .Where(l => !string.IsNullOrWhiteSpace(l))
                    .Select(l => JsonDocument.Parse(l).RootElement)
                    .Select(e => new LabelledMessage(e.GetProperty("text").GetString() ?? "", WireNames.ParseIntent(e.GetProperty("expected").GetProperty("intent").GetString()) ?? Intent.None, Path.GetFileName(file)))
                    .ToList();
                await Report(output, "heldout " + Path.GetFileName(file), messages, full, rows, heldTotals).ConfigureAwait(false);
            }

            await Total(output, "heldout total", heldTotals).ConfigureAwait(false);
        }

        if (dump is not null)
        {
            await File.WriteAllLinesAsync(dump, rows).ConfigureAwait(false);
        }

        return 0;
    }

    private static async Task Report(TextWriter output, string name, List<LabelledMessage> messages, IntentModel model, List<string> rows, int[] totals)
    {
        var counts = new int[4];
        Span<float> p = stackalloc float[IntentModel.Classes];
        foreach (var m in messages)
        {
            var rules = DutchParser.RuleDecision(m.Text);
            using (var tokens = Tokenizer.Tokenize(m.Text))
            {
                model.Predict(tokens, RuleSignals.Read(tokens), p);
            }

            var learned = 0;
            for (var k = 1; k < p.Length; k++)
            {
                learned = p[k] > p[learned] ? k : learned;
            }

            var blended = IntentBlend.Combine(rules, p);
            counts[0]++;
            counts[1] += rules.Intent == m.Intent ? 1 : 0;
            counts[2] += (Intent)learned == m.Intent ? 1 : 0;
            counts[3] += blended.Intent == m.Intent ? 1 : 0;
            var probs = string.Join('\t', p.ToArray().Select(v => v.ToString("F5", CultureInfo.InvariantCulture)));
            rows.Add(string.Create(CultureInfo.InvariantCulture, $"{name}\t{WireNames.Of(m.Intent)}\t{WireNames.Of(rules.Intent)}\t{rules.Confidence}\t{WireNames.Of(blended.Intent)}\t{blended.Confidence}\t{probs}\t{m.Text.Replace('\t', ' ')}"));
        }

        for (var i = 0; i < 4; i++)
        {
            totals[i] += counts[i];
        }

        await Total(output, name, counts).ConfigureAwait(false);
    }

    private static Task Total(TextWriter output, string name, int[] c) =>
        output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{name,-28} n={c[0],4}  rules {c[1] / (double)c[0]:P1}  model {c[2] / (double)c[0]:P1}  combined {c[3] / (double)c[0]:P1}"));
}
