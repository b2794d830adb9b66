namespace BuurtBot.Dialogs.Understanding;

/// <summary>Calendar steps used to resolve what people say against today.</summary>
internal static class DayArithmetic
{
    /// <summary>The next such weekday after today (said on a Monday, "maandag" is next week's).</summary>
    public static DateOnly Next(DateOnly today, DayOfWeek day)
    {
        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>That weekday in the week (Monday to Sunday) after the current one.</summary>
    public static DateOnly InNextWeek(DateOnly today, DayOfWeek day) => MondayOf(today).AddDays(7 + DaysFromMonday(day));

    /// <summary>That weekday in the current week, or the next such day when it has passed.</summary>
    public static DateOnly InThisWeek(DateOnly today, DayOfWeek day)
    {
        var date = MondayOf(today).AddDays(DaysFromMonday(day));
        return date < today ? Next(today, day) : date;
    }

    /// <summary>
    /// Day and month without a year: this year's, or next year's when it has already passed
    /// ("12 januari" said in November). Null when no such day exists.
    /// </summary>
    public static DateOnly? DayMonth(DateOnly today, int day, int month, int? year)
    {
        if (month is < 1 or > 12 || day < 1)
        {
            return null;
        }

        if (year is { } y)
        {
            y = y < 100 ? 2000 + y : y;
            return y is >= 2000 and <= 2100 && day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        var thisYear = today.Year;
        if (day <= DateTime.DaysInMonth(thisYear, month))
        {
            var date = new DateOnly(thisYear, month, day);
            if (date >= today)
            {
                return date;
            }
        }

        return day <= DateTime.DaysInMonth(thisYear + 1, month) ? new DateOnly(thisYear + 1, month, day) : null;
    }

    /// <summary>A day of the month alone ("de 12e"): this month's, or next month's when it has passed.</summary>
    public static DateOnly? DayOfMonth(DateOnly today, int day)
    {
        if (day < 1 || day > 31)
        {
            return null;
        }

        for (var step = 0; step < 3; step++)
        {
            var month = today.AddMonths(step);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var date = new DateOnly(month.Year, month.Month, day);
                if (date >= today)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static DateOnly MondayOf(DateOnly date) => date.AddDays(-DaysFromMonday(date.DayOfWeek));

    private static int DaysFromMonday(DayOfWeek day) => ((int)day + 6) % 7;
}
