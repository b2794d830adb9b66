using System.Globalization;
using System.Text.RegularExpressions;

namespace BuurtBot.Tests.Observability;

/// <summary>A scrape of /metrics in Prometheus' text format: samples by name and labels.</summary>
public sealed partial class PrometheusText(string text)
{
    public string Text { get; } = text;

    /// <summary>The sum of the samples named <paramref name="name"/> whose labels include all of <paramref name="labels"/>.</summary>
    public double Sum(string name, params (string Key, string Value)[] labels) =>
        Samples().Where(s => s.Name == name && labels.All(l => s.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).Sum(s => s.Value);

    private IEnumerable<(string Name, Dictionary<string, string> Labels, double Value)> Samples()
    {
        foreach (var line in Text.Split('\n'))
        {
            var match = Sample().Match(line.Trim());
            if (!match.Success)
            {
                continue;
            }

            var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
            yield return (match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(?<labels>[^}]*)\})?\s+(?<value>[-+0-9.eE]+|NaN|\+Inf)(?:\s+\d+)?$")]
    private static partial Regex Sample();

    [GeneratedRegex(@"(\w+)=""([^""]*)""")]
    private static partial Regex Label();
}
