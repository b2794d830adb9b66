namespace BuurtBot.Dialogs.Requests;

/// <summary>A request as stored: its number, kind, day and status.</summary>
public sealed record PlacedRequest(long Id, RequestKind Kind, DateOnly? Date, RequestStatus Status);
