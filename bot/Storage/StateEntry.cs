namespace BuurtBot.Storage;

/// <summary>One bot-state document (a conversation's dialog stack, a user's state) with its ETag.</summary>
public sealed class StateEntry
{
    public required string Key { get; init; }

    public required string Json { get; set; }

    /// <summary>Changes on every write; a write based on an older ETag is refused.</summary>
    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
