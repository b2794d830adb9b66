namespace BuurtBot.Scheduling;

public enum ScheduledTaskStatus
{
    Pending,
    Running,
    Done,
}
