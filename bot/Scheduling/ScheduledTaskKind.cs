namespace BuurtBot.Scheduling;

public enum ScheduledTaskKind
{
    /// <summary>Nobody said yes yet: ask the next few neighbours.</summary>
    NextWave,

    /// <summary>Nobody said yes in time: tell the requester honestly and pass it to a coordinator.</summary>
    Deadline,

    /// <summary>On the day: remind both sides of the meal or the appointment.</summary>
    Reminder,

    /// <summary>A loan goes back today.</summary>
    ReturnReminder,

    /// <summary>Afterwards: did it go well?</summary>
    FollowUp,

    /// <summary>A standing request's next occurrence is placed (the evening of the current one's day).</summary>
    NextOccurrence,
}
