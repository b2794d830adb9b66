namespace BuurtBot.Dialogs.Requests;

/// <summary>A request that repeats every week on these days, Monday first ("elke dinsdag en donderdag").</summary>
public sealed record Recurrence(IReadOnlyList<DayOfWeek> Days)
{
    public static readonly IReadOnlyList<DayOfWeek> Workdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static readonly IReadOnlyList<DayOfWeek> AllDays = [.. Workdays, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public bool Equals(Recurrence? other) => other is not null && Days.SequenceEqual(other.Days);

    public override int GetHashCode() => Days.Aggregate(17, (hash, day) => (hash * 31) + (int)day);
}
