namespace BuurtBot.Scheduling;

/// <summary>
/// Work due at a moment: the next wave of questions, a request's deadline, a reminder, the question whether it
/// went well. Claimed in the database when due, so with several instances each task runs once.
/// </summary>
public sealed class ScheduledTask
{
    private ScheduledTask()
    {
    }

    public long Id { get; private set; }

    public ScheduledTaskKind Kind { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public long RequestId { get; private set; }

    public Requests.Request? Request { get; private set; }

    public ScheduledTaskStatus Status { get; private set; }

    public Guid? ClaimToken { get; private set; }

    public DateTimeOffset? ClaimedUntil { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public static ScheduledTask At(ScheduledTaskKind kind, DateTimeOffset dueAt, Requests.Request request) => new()
    {
        Kind = kind,
        DueAt = dueAt,
        Request = request,
        RequestId = request.Id,
        Status = ScheduledTaskStatus.Pending,
    };

    /// <summary>No longer needed (the request was cancelled or matched before it came due).</summary>
    public void Cancel(DateTimeOffset at) => Done(at);

    public void Done(DateTimeOffset at)
    {
        Status = ScheduledTaskStatus.Done;
        DoneAt = at;
        ClaimToken = null;
        ClaimedUntil = null;
    }
}
