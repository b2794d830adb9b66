namespace BuurtBot.Dialogs.Language;

/// <summary>The Netherlands' wall clock, and dates and times as people say them.</summary>
public static class DutchTime
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private static readonly string[] DayNames = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly string[] MonthNames =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];

    /// <summary>The local time in Amsterdam at <paramref name="moment"/>.</summary>
    public static DateTime ToAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam).DateTime;

    public static DateOnly Today(DateTimeOffset moment) => DateOnly.FromDateTime(ToAmsterdam(moment));

    /// <summary>The moment a clock in Amsterdam shows <paramref name="time"/> on <paramref name="date"/>.</summary>
    public static DateTimeOffset At(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    public static string DayName(DateOnly date) => DayNames[(int)date.DayOfWeek];

    /// <summary>"dinsdag 24 november" (with the year only when it is not this year).</summary>
    public static string Date(DateOnly date, DateOnly today)
    {
        var text = $"{DayName(date)} {date.Day} {MonthNames[date.Month - 1]}";
        return date.Year == today.Year ? text : $"{text} {date.Year}";
    }

    /// <summary>"vandaag", "morgen" or "overmorgen" in front of the date when that helps: "morgen, dinsdag 24 november".</summary>
    public static string Day(DateOnly date, DateOnly today)
    {
        var relative = (date.DayNumber - today.DayNumber) switch
        {
            0 => "vandaag, ",
            1 => "morgen, ",
            2 => "overmorgen, ",
            _ => "",
        };
        return relative + Date(date, today);
    }

    /// <summary>"18.30 uur", as times are written in Dutch.</summary>
    public static string Clock(TimeOnly time) => $"{time.Hour}.{time.Minute:00} uur";
}
