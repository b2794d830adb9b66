using System.Reflection;

namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The labelled messages the intent model learns from: the <c>Training/*.tsv</c> files embedded in
/// this assembly, one <c>intent&lt;TAB&gt;message</c> a line, '#' for comments. The scored test
/// corpus (tests/Understanding/Corpus/corpus.jsonl, validation1.jsonl) is not among them.
/// </summary>
internal static class TrainingSet
{
    private const string Prefix = "BuurtBot.Dialogs.Understanding.Training.";

    public static IReadOnlyList<LabelledMessage> Load()
    {
        var assembly = typeof(TrainingSet).Assembly;
        var messages = new List<LabelledMessage>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            messages.AddRange(Parse(reader.ReadToEnd(), name[Prefix.Length..]));
        }

        return messages;
    }

    public static IEnumerable<LabelledMessage> Parse(string content, string source)
    {
        foreach (var raw in content.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0 || WireNames.ParseIntent(line[..tab]) is not { } intent)
            {
                throw new InvalidDataException($"{source}: not 'intent<TAB>message': {line}");
            }

            yield return new LabelledMessage(line[(tab + 1)..], intent, source);
        }
    }
}
