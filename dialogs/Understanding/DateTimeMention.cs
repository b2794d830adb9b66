namespace BuurtBot.Dialogs.Understanding;

/// <summary>A day, clock time and/or part of day said in a message; any of them may be absent.</summary>
public sealed record DateTimeMention(DateOnly? Date, TimeOnly? Time, PartOfDay? PartOfDay)
{
    /// <summary>Nothing said.</summary>
    public static DateTimeMention Empty { get; } = new(null, null, null);
}
