namespace BuurtBot.Coordination.Api;

/// <summary>One item in the coordinators' queue, with the member and the conversation so far.</summary>
public sealed record CoordinatorItemView(
    long Id, string Reason, string? Summary, bool Closed, DateTimeOffset CreatedAt, MemberView Member, IReadOnlyList<ConversationLine> Conversation);

public sealed record MemberView(long Id, string Phone, string? FirstName, string? Street, string? HouseNumber, string? Postcode, string LastChannel, bool Vetted);

/// <summary>A message in a conversation: "in" from the person, "out" from the bot (or a coordinator through it).</summary>
public sealed record ConversationLine(string Direction, string Channel, string Text, DateTimeOffset At);

public sealed record RelayedMessageView(long Id, long FromMemberId, long ToMemberId, string Text, DateTimeOffset At);

public sealed record CoordinatorReply(string? Text);

public sealed record VettedChange(bool Vetted);
