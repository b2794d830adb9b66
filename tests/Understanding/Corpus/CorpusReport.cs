using System.Globalization;
using System.Text;

namespace BuurtBot.Tests.Understanding.Corpus;

/// <summary>How a corpus scored: intent accuracy, accuracy per field, overall and strict field accuracy, and the misses.</summary>
public sealed record CorpusReport(
    string Path,
    int Messages,
    int IntentCorrect,
    IReadOnlyDictionary<string, (int Correct, int Total, int StrictCorrect, int StrictTotal)> Fields,
    IReadOnlyList<string> Misses)
{
    public double IntentAccuracy => Messages == 0 ? 0 : (double)IntentCorrect / Messages;

    /// <summary>All fields over all messages.</summary>
    public double FieldAccuracy => Ratio(Fields.Values.Sum(f => f.Correct), Fields.Values.Sum(f => f.Total));

    /// <summary>Only the fields where the expected or the actual value is not empty.</summary>
    public double StrictFieldAccuracy => Ratio(Fields.Values.Sum(f => f.StrictCorrect), Fields.Values.Sum(f => f.StrictTotal));

    public string Format()
    {
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(inv, $"corpus            {Path}");
        text.AppendLine(inv, $"messages          {Messages}");
        text.AppendLine(inv, $"intent accuracy   {IntentAccuracy:P2} ({IntentCorrect}/{Messages})");
        text.AppendLine(inv, $"field accuracy    {FieldAccuracy:P2} (all 10 fields over all messages)");
        text.AppendLine(inv, $"strict fields     {StrictFieldAccuracy:P2} (fields where expected or actual is non-empty)");
        foreach (var (name, f) in Fields)
        {
            text.AppendLine(inv, $"  {name,-11} {Ratio(f.Correct, f.Total),8:P2}   strict {Ratio(f.StrictCorrect, f.StrictTotal),8:P2} ({f.StrictCorrect}/{f.StrictTotal})");
        }

        text.AppendLine(inv, $"misses ({Misses.Count}):");
        foreach (var miss in Misses)
        {
            text.AppendLine(miss);
        }

        return text.ToString();
    }

    private static double Ratio(int correct, int total) => total == 0 ? 1 : (double)correct / total;
}
