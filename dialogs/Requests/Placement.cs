namespace BuurtBot.Dialogs.Requests;

/// <summary>What happened when a request was placed: how many neighbours were asked at once (none: nobody fits yet).</summary>
public sealed record Placement(int NeighboursAsked);
