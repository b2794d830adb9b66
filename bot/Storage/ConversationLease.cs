namespace BuurtBot.Storage;

/// <summary>
/// Which bot instance runs a turn of a conversation right now, and until when that holds. One row per
/// conversation, taken with a conditional update, so instances sharing the database take turns.
/// </summary>
public sealed class ConversationLease
{
    public required string Key { get; init; }

    /// <summary>The turn that holds the conversation; null when nobody does.</summary>
    public Guid? Holder { get; set; }

    /// <summary>After this a holder that died is passed over.</summary>
    public DateTimeOffset? HeldUntil { get; set; }
}
