namespace BuurtBot.Dialogs.Requests;

/// <summary>A request the person cancelled, and whether a neighbour had already said yes (that neighbour is told).</summary>
public sealed record CancelledRequest(RequestKind Kind, string? What, string? MatchedWith);
