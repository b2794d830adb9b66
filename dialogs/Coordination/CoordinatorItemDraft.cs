namespace BuurtBot.Dialogs.Coordination;

/// <summary>Something a person needs a coordinator (a welfare worker) for.</summary>
public sealed record CoordinatorItemDraft(long MemberId, string Reason, string? Summary, DateTimeOffset CreatedAt);
