namespace BuurtBot.Coordination;

/// <summary>Something a coordinator should pick up: a person the bot could not help on its own.</summary>
public sealed class CoordinatorItem
{
    private CoordinatorItem()
    {
    }

    public long Id { get; private set; }

    public long MemberId { get; private set; }

    /// <summary>Machine-readable reason ("prompt:registration.name", "asked-for-coordinator").</summary>
    public string Reason { get; private set; } = "";

    /// <summary>What the conversation was about, in Dutch, for the coordinator.</summary>
    public string? Summary { get; private set; }

    public bool Closed { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void Close(DateTimeOffset at)
    {
        Closed = true;
        ClosedAt ??= at;
    }

    /// <summary>The member's data is removed: the item is closed and what it said about them is dropped.</summary>
    public void Forget(DateTimeOffset at)
    {
        Summary = null;
        Close(at);
    }

    public static CoordinatorItem Open(long memberId, string reason, string? summary, DateTimeOffset at) => new()
    {
        MemberId = memberId,
        Reason = reason,
        Summary = summary,
        CreatedAt = at,
    };
}
