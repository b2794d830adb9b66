namespace BuurtBot.Dialogs.Understanding;

/// <summary>A part of the day said without a clock time ("vanavond", "'s ochtends").</summary>
public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
}
