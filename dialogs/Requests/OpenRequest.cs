namespace BuurtBot.Dialogs.Requests;

/// <summary>An open or matched request as its requester hears about it.</summary>
/// <param name="MatchedWith">The first name of the neighbour who said yes, once someone did.</param>
public sealed record OpenRequest(long Id, RequestKind Kind, DateOnly? Date, RequestStatus Status, string? What, string? MatchedWith, string? ForName);
