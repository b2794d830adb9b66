using BuurtBot.Dialogs.Language;

namespace BuurtBot.Dialogs.Help;

/// <summary>The days someone can: "maandag en woensdag", "elke dag", "doordeweeks", "in het weekend"; empty list = any day.</summary>
internal static class WeekdayList
{
    private static readonly (string Word, DayOfWeek Day)[] Names =
    [
        ("maandag", DayOfWeek.Monday), ("dinsdag", DayOfWeek.Tuesday), ("woensdag", DayOfWeek.Wednesday), ("donderdag", DayOfWeek.Thursday),
        ("vrijdag", DayOfWeek.Friday), ("zaterdag", DayOfWeek.Saturday), ("zondag", DayOfWeek.Sunday),
        ("ma", DayOfWeek.Monday), ("di", DayOfWeek.Tuesday), ("wo", DayOfWeek.Wednesday), ("do", DayOfWeek.Thursday), ("vr", DayOfWeek.Friday),
        ("za", DayOfWeek.Saturday), ("zo", DayOfWeek.Sunday),
    ];

    /// <summary>The days named, an empty list for "any day", or null when the answer names no days.</summary>
    public static IReadOnlyList<DayOfWeek>? Read(string text)
    {
        var normalized = DutchVocabulary.Normalize(text);
        if (normalized is "elke dag" or "altijd" or "maakt niet uit" or "alle dagen" or "iedere dag" or "dagelijks")
        {
            return [];
        }

        var days = new SortedSet<DayOfWeek>();
        var words = normalized.Split(' ');
        foreach (var word in words)
        {
            var plain = word.EndsWith("en", StringComparison.Ordinal) && word.Length > 7 ? word[..^1] : word; // maandagen
            foreach (var (name, day) in Names)
            {
                if (plain == name || plain == name + "s")
                {
                    days.Add(day);
                }
            }
        }

        if (normalized.Contains("doordeweeks", StringComparison.Ordinal) || normalized.Contains("werkdag", StringComparison.Ordinal))
        {
            days.UnionWith([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday]);
        }

        if (normalized.Contains("weekend", StringComparison.Ordinal))
        {
            days.UnionWith([DayOfWeek.Saturday, DayOfWeek.Sunday]);
        }

        return days.Count == 0 ? null : days.ToArray();
    }
}
