namespace BuurtBot.Dialogs.Understanding;

/// <summary>Day, clock time and part of day of one message, by the contract's rules.</summary>
internal static class DateTimeExtractor
{
    public static DateTimeMention Extract(TokenizedText t, DateTime localNow, bool mealContext)
    {
        var today = DateOnly.FromDateTime(localNow);
        var date = DateFinder.Find(t, today);
        var part = PartOfDayFinder.Find(t);
        TimeOnly? time = TimeFinder.Find(t) is { } clock ? HourRules.Resolve(clock, part, mealContext) : null;
        if (date is null && time is null && part is null)
        {
            return DateTimeMention.Empty;
        }

        return new DateTimeMention(date, time, time is null ? part : null);
    }
}
