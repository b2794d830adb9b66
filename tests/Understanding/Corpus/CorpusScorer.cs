using System.Globalization;
using System.Text;
using System.Text.Json;
using BuurtBot.Dialogs.Understanding;

namespace BuurtBot.Tests.Understanding.Corpus;

/// <summary>
/// Scores the parser against a JSON-lines file of labelled messages
/// (<c>{"id","text","now","expected":{intent, date, time, partOfDay, portions, diet, delivery, item, category, onBehalfOf, postcode}}</c>),
/// comparing the parser's contract JSON field by field, diet as a set.
/// </summary>
public static class CorpusScorer
{
    public static readonly string[] FieldNames = ["date", "time", "partOfDay", "portions", "diet", "delivery", "item", "category", "onBehalfOf", "postcode"];

    public static CorpusReport Score(string path)
    {
        var fields = FieldNames.ToDictionary(f => f, _ => (Correct: 0, Total: 0, StrictCorrect: 0, StrictTotal: 0));
        var misses = new List<string>();
        var messages = 0;
        var intentCorrect = 0;
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var labelled = JsonDocument.Parse(line);
            var root = labelled.RootElement;
            var id = root.TryGetProperty("id", out var idElement) ? idElement.ToString() : $"line {lineNumber}";
            var text = root.GetProperty("text").GetString() ?? "";
            var now = root.TryGetProperty("now", out var nowElement)
                ? DateTime.Parse(nowElement.GetString()!, CultureInfo.InvariantCulture)
                : new DateTime(2026, 11, 23, 10, 0, 0, DateTimeKind.Unspecified);
            var expected = root.GetProperty("expected");
            using var actual = JsonDocument.Parse(ToJson(DutchParser.Parse(text, now)));
            var got = actual.RootElement;
            messages++;

            var wrong = new List<string>();
            if (Value(expected, "intent") == Value(got, "intent"))
            {
                intentCorrect++;
            }
            else
            {
                wrong.Add($"intent: expected {Value(expected, "intent")}, got {Value(got, "intent")}");
            }

            foreach (var field in FieldNames)
            {
                var e = Value(expected, field);
                var a = Value(got, field);
                var same = e == a;
                var f = fields[field];
                f.Total++;
                f.Correct += same ? 1 : 0;
                if (!IsEmpty(e) || !IsEmpty(a))
                {
                    f.StrictTotal++;
                    f.StrictCorrect += same ? 1 : 0;
                }

                fields[field] = f;
                if (!same)
                {
                    wrong.Add($"{field}: expected {e}, got {a}");
                }
            }

            if (wrong.Count > 0)
            {
                misses.Add($"  {id} [{now:yyyy-MM-ddTHH:mm}] {text}\n      {string.Join("; ", wrong)}");
            }
        }

        return new CorpusReport(path, messages, intentCorrect, fields, misses);
    }

    /// <summary>A field as comparable text: JSON null for a missing field, diet sorted as a set.</summary>
    private static string Value(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return "null";
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            return "[" + string.Join(",", value.EnumerateArray().Select(v => v.ToString()).Order(StringComparer.Ordinal)) + "]";
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    private static bool IsEmpty(string value) => value is "null" or "[]";

    private static string ToJson(ParsedMessage message)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ParsedMessageJson.Write(writer, message);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
