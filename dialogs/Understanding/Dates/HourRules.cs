namespace BuurtBot.Dialogs.Understanding;

/// <summary>
/// The contract's reading of an hour without "'s ochtends" or "'s avonds": 1 to 6 are afternoon
/// or evening, 7 to 11 morning unless the message is about a meal or evening is said, 12 is noon.
/// </summary>
internal static class HourRules
{
    public static TimeOnly Resolve(ClockTime time, PartOfDay? said, bool mealContext)
    {
        var h = time.Hour;
        if (!time.Fixed && h is >= 1 and <= 11)
        {
            var evening = said switch
            {
                PartOfDay.Morning => false,
                PartOfDay.Afternoon or PartOfDay.Evening => true,
                _ => h <= 6 || mealContext,
            };
            if (evening)
            {
                h += 12;
            }
        }

        return new TimeOnly(h % 24, time.Minute);
    }
}
