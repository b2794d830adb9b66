namespace BuurtBot.Dialogs.Requests;

/// <summary>"Elke dinsdag een maaltijd": the weekdays a request comes back on, its first day, and how to say it.</summary>
public static class StandingRequest
{
    private static readonly string[] DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    /// <summary>The repeat said in the message (null when none) and the first day: the day said, if it is one of them, else the next one.</summary>
    public static (IReadOnlyList<DayOfWeek>? Repeat, DateOnly? First) From(string text, DateOnly? saidDate, DateOnly today)
    {
        if (RecurrenceRecognizer.Recognize(text) is not { Days.Count: > 0 } recurrence)
        {
            return (null, saidDate);
        }

        var first = saidDate is { } said && said >= today && recurrence.Days.Contains(said.DayOfWeek)
            ? said
            : Enumerable.Range(1, 7).Select(today.AddDays).First(d => recurrence.Days.Contains(d.DayOfWeek));
        return (recurrence.Days, first);
    }

    /// <summary>"elke dinsdag", "elke dinsdag en donderdag", "elke werkdag", "elke dag".</summary>
    public static string Describe(IReadOnlyList<DayOfWeek> days)
    {
        if (days.Count == 7)
        {
            return "elke dag";
        }

        if (days.Count == 5 && !days.Contains(DayOfWeek.Saturday) && !days.Contains(DayOfWeek.Sunday))
        {
            return "elke werkdag";
        }

        var names = days.OrderBy(d => ((int)d + 6) % 7).Select(d => DayNames[(int)d]).ToList();
        return "elke " + (names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} en {names[^1]}");
    }
}
